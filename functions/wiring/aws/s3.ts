// The raw-mail port on S3, for the roots whose use cases read kept mail (inbound, actions).
import { S3Client } from "@aws-sdk/client-s3";
import { S3RawMailStore } from "../../adapters/s3-raw-mail";
import type { RawMailStore } from "../../app/ports";
import type { AwsConfig } from "../aws-config";
import { awsClient } from "./common";

export function rawMailStore(config: AwsConfig): RawMailStore {
  return new S3RawMailStore(
    awsClient("s3", () => new S3Client({})),
    config.mailBucket,
    config.mailPrefix,
  );
}
