// The lifecycle of an application and its placement as one state machine: who may move it, and
// where to. An application holds one of the offer's places while it is ACCEPTED; every way out
// of a refusal (the host proposes corrected dates, or releases the place) and every cancellation
// is a transition here, so the services and the pages agree on what is possible.

export const APPLICATION_STATES = ["SUBMITTED", "SHORTLISTED", "ACCEPTED", "REJECTED", "WITHDRAWN"] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];
export const PLACEMENT_STATES = ["PROPOSED", "APPROVED", "REJECTED", "CANCELLED"] as const;
export type PlacementState = (typeof PLACEMENT_STATES)[number];

/** A release or cancellation reason: the other parties read it. */
export const LIFECYCLE_REASON_MIN = 10;
export const LIFECYCLE_REASON_MAX = 1000;

export type LifecycleActor = "host" | "student" | "office";

export const LIFECYCLE_EVENTS = ["shortlist", "accept", "reject", "withdraw", "approve", "office-reject", "repropose", "release", "cancel"] as const;
export type LifecycleEvent = (typeof LIFECYCLE_EVENTS)[number];

export interface LifecycleState {
  readonly application: ApplicationState;
  /** The current proposal's status; null before the host accepts. */
  readonly placement: PlacementState | null;
}

interface Transition {
  readonly actors: readonly LifecycleActor[];
  readonly from: readonly LifecycleState[];
  readonly to: LifecycleState;
}

const undecided: LifecycleState[] = [
  { application: "SUBMITTED", placement: null },
  { application: "SHORTLISTED", placement: null },
];

export const TRANSITIONS: Readonly<Record<LifecycleEvent, Transition>> = {
  shortlist: { actors: ["host"], from: [{ application: "SUBMITTED", placement: null }], to: { application: "SHORTLISTED", placement: null } },
  // Accepting takes a place and proposes the dates to the participant's international office.
  accept: { actors: ["host"], from: undecided, to: { application: "ACCEPTED", placement: "PROPOSED" } },
  reject: { actors: ["host"], from: undecided, to: { application: "REJECTED", placement: null } },
  withdraw: { actors: ["student"], from: undecided, to: { application: "WITHDRAWN", placement: null } },
  approve: { actors: ["office"], from: [{ application: "ACCEPTED", placement: "PROPOSED" }], to: { application: "ACCEPTED", placement: "APPROVED" } },
  // The place stays taken: the host decides next (corrected dates, or release).
  "office-reject": { actors: ["office"], from: [{ application: "ACCEPTED", placement: "PROPOSED" }], to: { application: "ACCEPTED", placement: "REJECTED" } },
  // A new proposal for the same application; the refused one is kept as history.
  repropose: { actors: ["host"], from: [{ application: "ACCEPTED", placement: "REJECTED" }], to: { application: "ACCEPTED", placement: "PROPOSED" } },
  // The host gives up after a refusal: the application is rejected and the place is free again.
  release: { actors: ["host"], from: [{ application: "ACCEPTED", placement: "REJECTED" }], to: { application: "REJECTED", placement: "REJECTED" } },
  // The participant or the office calls off an approved placement: the place is free again.
  cancel: {
    actors: ["student", "office"],
    from: [{ application: "ACCEPTED", placement: "APPROVED" }],
    to: { application: "WITHDRAWN", placement: "CANCELLED" },
  },
};

const same = (a: LifecycleState, b: LifecycleState) => a.application === b.application && a.placement === b.placement;

export type TransitionResult =
  { readonly ok: true; readonly to: LifecycleState } | { readonly ok: false; readonly problem: "actor-not-allowed" | "not-allowed-now" };

/** Where `event` by `actor` takes `state`, or why it may not happen. */
export function transition(state: LifecycleState, event: LifecycleEvent, actor: LifecycleActor): TransitionResult {
  const t = TRANSITIONS[event];
  if (!t.actors.includes(actor)) return { ok: false, problem: "actor-not-allowed" };
  if (!t.from.some((f) => same(f, state))) return { ok: false, problem: "not-allowed-now" };
  return { ok: true, to: t.to };
}

/** The events `actor` may take now, in the order above (what the pages offer). */
export function allowedEvents(state: LifecycleState, actor: LifecycleActor): LifecycleEvent[] {
  return LIFECYCLE_EVENTS.filter((e) => transition(state, e, actor).ok);
}

/** True when `state` is where `event` leads: repeating a transition already taken changes nothing. */
export function alreadyDone(state: LifecycleState, event: LifecycleEvent): boolean {
  return same(state, TRANSITIONS[event].to);
}

/** The host has not decided yet (submitted or shortlisted): the student may still withdraw. */
export function isUndecided(application: ApplicationState): boolean {
  return application === "SUBMITTED" || application === "SHORTLISTED";
}

/** An application takes one of the offer's places from acceptance until it is released or cancelled. */
export function holdsPlace(state: LifecycleState): boolean {
  return state.application === "ACCEPTED";
}
