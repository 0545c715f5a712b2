// The emails the controls send the owner, one module per kind; import from here.
export { type AckInput, composeAck } from "./ack";
export { type CommandOutcome, type CommandReplyInput, composeCommandReply } from "./command-reply";
export { composeError, type ErrorReplyInput } from "./error-reply";
