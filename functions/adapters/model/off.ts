// The model tier when the owner has not turned it on (the default): never sends anything.
import type { FactReader } from "../../app/ports";

export const noFactReader: FactReader = {
  name: "off",
  read: async () => null,
};
