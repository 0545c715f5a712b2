// What the employer waits on the owner for, in wording fresh sets brought: instructions for the day
// ("have your ID ready") ask nothing; "reply with the one you prefer", a booking link the owner "can"
// use, and "it is you who must choose" in other languages ask the owner to pick a slot.
import { describe, expect, it } from "vitest";
import { ownerMoveOf } from "../../../functions/domain/extract/owner-move";

describe("ownerMoveOf: instructions for the day ask nothing", () => {
  it.each([
    "Please have a government-issued photo ID ready, our panel will ask for it at the start.",
    "Please have photo ID ready when you join.",
    "Kindly keep your passport handy for the security desk.",
    "Please have your laptop charged and ready to share your screen.",
  ])("%j", (body) => {
    expect(ownerMoveOf("interview_scheduled", body)).toBeNull();
  });
});

describe("ownerMoveOf: the owner picks a slot", () => {
  it.each([
    ["Please reply with the one you prefer and I'll send the calendar invite.", "pick a slot"],
    ["Just reply with the option that suits you best.", "pick a slot"],
    ["You can book a 30-minute slot directly through the link below.", "pick a slot"],
    ["You can pick a time that suits you here: https://cal.example/abc", "pick a slot"],
    ["Über den folgenden Link können Sie sich selbst einen Termin aussuchen.", "pick a slot"],
    ["Über diesen Link können Sie direkt einen passenden Termin buchen.", "pick a slot"],
    ["Vous pouvez réserver directement un créneau via le lien ci-dessous.", "pick a slot"],
    ["C'est toi qui dois choisir le créneau.", "pick a slot"],
    ["Puedes reservar directamente un hueco en este enlace.", "pick a slot"],
    ["Via deze link kun je zelf een moment inplannen.", "pick a slot"],
    ["Grab whatever time suits you over the next week here: https://sched.example/k/30", "pick a slot"],
    ["Tap below to pick a time that works for you:", "pick a slot"],
    ["Could one of these work?", "pick a slot"],
    ["Would any of those slots suit?", "pick a slot"],
    ["Plan via de link hieronder zelf een moment in dat jou uitkomt:", "pick a slot"],
    ["Você pode escolher o melhor horário diretamente pelo link abaixo.", "pick a slot"],
  ])("%j -> %s", (body, move) => {
    expect(ownerMoveOf("interview_invite", body)).toBe(move);
  });

  it.each([
    "You can reschedule using the link in your calendar invite.",
    "If none of these work, you can book another time with me.",
    "Sie können den Termin jederzeit über den Link verschieben.",
    "You can read more about the team on our careers page.",
    "Je dois encore confirmer la salle.",
    "Kun je onverhoopt niet?",
    "Bist du verhindert?",
    "Plan for about 90 minutes in total.",
  ])("%j asks nothing", (body) => {
    expect(ownerMoveOf("interview_scheduled", body)).toBeNull();
  });
});

describe("ownerMoveOf: a polite question in another language asks for an answer", () => {
  it.each([
    "¿Podrías enviarnos nombre, cargo y correo de dos personas con las que hayas trabajado antes del lunes?",
    "¿Puedes confirmarnos tu preaviso?",
    "Você poderia nos enviar seu período de aviso?",
  ])("%j", (body) => {
    expect(ownerMoveOf("update", body)).not.toBeNull();
  });
});
