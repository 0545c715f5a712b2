// The compiled email templates, loaded with the module that imports this one. app/owner-mail.ts
// loads them on first send (import()), so a function that seldom sends (actions) does not load them
// at every cold start; the inbound, nudge and digest functions send on nearly every invocation, so
// their roots import this module and the templates load at INIT, not during the first event.
import "../../../templates/render";
