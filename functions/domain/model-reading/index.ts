// The optional model tier (owner.modelTier, off by default): facts the rules read below the
// confidence gate are read once more by a language model, from the text of that one message only.
// request.ts: what is sent; answer.ts: how the answer is checked and applied; written-in.ts: the
// guard that a value the model fills in is written in the message.
export * from "./answer";
export * from "./request";
export { foldText, writtenIn } from "./written-in";
