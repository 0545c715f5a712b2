// Mail about an event the owner signed up for (a meetup, a careers evening, a webinar): its sender is
// an organiser, not an employer, whatever companies its speakers come from. A job's own steps ("you
// are registered for your interview", "for the assessment centre") are not events.

// The owner is signed up: "You're registered for ...", "Thanks for registering", "Registration confirmed".
const REGISTERED =
  /\b(?:you(?:'re|'ve| are| have)(?: now| successfully)? (?:been )?registered(?: for| to attend)?|thanks?(?: you)? for (?:registering|signing up)|registration (?:is )?(?:confirmed|complete)|your (?:registration|spot|seat) is (?:confirmed|reserved|complete))\b/i;
// What is registered for is an event.
const EVENT =
  /\b(?:meet-?ups?|webinars?|evenings?|events?|conferences?|summit|networking|speakers?|doors open|tickets?|workshops?|careers? fairs?|job fairs?|panel discussion|livestream)\b/i;
// ... and not a step of the owner's own process.
const PROCESS_STEP =
  /\b(?:interview\w*|assessment(?: cent(?:re|er))?|screening|(?:online |coding |technical )?test|onboarding|induction|your application|your candidacy|your offer|start date)\b/i;

/** The message confirms the owner's registration for an event, not a step of a job process. */
export function isEventRegistration(subject: string, body: string): boolean {
  const text = `${subject}\n${body.slice(0, 5000)}`.replace(/[’‘]/g, "'");
  const m = REGISTERED.exec(text);
  if (!m || !EVENT.test(text)) return false;
  // What follows the registration, to the sentence's end, names what it is for.
  const object = text.slice(m.index, m.index + m[0].length + 80).split(/[.!?\n]/)[0] ?? "";
  if (PROCESS_STEP.test(object)) return false;
  // A message that speaks of the owner's own process ("your interview", "your offer") is job mail.
  return !/\byour (?:interview|application|candidacy|offer|assessment)\b/i.test(text);
}
