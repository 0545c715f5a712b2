// "Thank you for interviewing with us today" is proof the interview happened (PLAYBOOK §1); plans
// and invitations are not.
import { describe, expect, it } from "vitest";
import { interviewHeldOf } from "../../../functions/domain/extract/interview-held";

describe("interviewHeldOf", () => {
  it.each([
    "Thank you for interviewing with us today, Sam.",
    "Thanks so much for interviewing with Larkspur Robotics.",
    "Thank you for taking the time to meet with the team this afternoon.",
    "Thanks for coming in today; the team enjoyed it.",
    "It was great meeting you earlier.",
    "We really enjoyed speaking with you yesterday.",
    "Thank you for your time today.",
  ])("held: %s", (sentence) => {
    expect(interviewHeldOf("update", `Hi Sam,\n\n${sentence}\n\nBest,\nNadia`)).toBe(true);
  });

  it.each([
    "We look forward to meeting you on Thursday.",
    "Thank you for your interest; we would like to invite you to an interview.",
    "Thank you for applying to Larkspur Robotics.",
    "Thanks for your time on the phone last month.",
  ])("not held: %s", (sentence) => {
    expect(interviewHeldOf("update", `Hi Sam,\n\n${sentence}\n\nBest,\nNadia`)).toBe(false);
  });

  it("is never read from the owner's own mail", () => {
    expect(interviewHeldOf("outgoing", "Thank you for interviewing me today.")).toBe(false);
  });
});
