// RawMailStore on S3: SES's S3 action writes inbound mail at `<prefix><SES messageId>`.
import { GetObjectCommand, NoSuchKey, PutObjectCommand, type S3Client } from "@aws-sdk/client-s3";
import type { RawMailStore } from "../app/ports";
import { RawMailNotFoundError } from "../app/ports";

export class S3RawMailStore implements RawMailStore {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    private readonly prefix: string,
  ) {}

  async put(key: string, raw: Uint8Array): Promise<void> {
    await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: this.prefix + key, Body: raw }));
  }

  async get(key: string): Promise<Uint8Array> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.prefix + key }));
      if (!out.Body) throw new RawMailNotFoundError(key);
      return await out.Body.transformToByteArray();
    } catch (err) {
      if (err instanceof NoSuchKey) throw new RawMailNotFoundError(key, { cause: err });
      throw err;
    }
  }
}
