// Starts the real local stand-ins once per test run: DynamoDB Local (in memory) and the SES
// emulator. Tests get the endpoints through vitest's inject(); everything stops at teardown.
import type { TestProject } from "vitest/node";
import { startDynamoDbLocal } from "../../functions/local/stack/dynamodb-local";
import { startSesEmulator } from "../../functions/local/stack/ses-emulator";

declare module "vitest" {
  export interface ProvidedContext {
    dynamoEndpoint: string;
    sesEndpoint: string;
  }
}

const DYNAMO_PORT = Number(process.env.JOBNUDGE_TEST_DYNAMODB_PORT ?? 18_006);
const SES_PORT = Number(process.env.JOBNUDGE_TEST_SES_PORT ?? 18_005);

export default async function setup(project: TestProject) {
  const dynamo = await startDynamoDbLocal({ port: DYNAMO_PORT, dbPath: null });
  const ses = await startSesEmulator({ host: "127.0.0.1", port: SES_PORT });
  project.provide("dynamoEndpoint", dynamo.endpoint);
  project.provide("sesEndpoint", ses.endpoint);
  return async () => {
    await ses.stop();
    await dynamo.stop();
  };
}
