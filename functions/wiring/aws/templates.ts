// The compiled email templates and the nudge composers, loaded with the module that imports this
// one. app/owner-mail.ts loads the templates on first send and app/send-nudge.ts the composers on
// first nudge (import()), so a function that seldom sends (actions) does not load them at every
// cold start; the nudge and digest functions send on nearly every invocation, so their roots import
// this module and both load at INIT, not during the first event; the inbound function's warm-up
// imports it at INIT (warm-up.ts), outside its static graph.
import "../../../templates/render";
import "../../domain/compose";
