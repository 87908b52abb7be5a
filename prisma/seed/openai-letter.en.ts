/**
 * The English letter that more than 500 OpenAI employees sent their board on 20 November 2023,
 * as printed in the seed article (虎嗅網, 2023-11-21), one entry per segment.
 *
 * Verbatim, apart from the two extraction artefacts recorded in `provenance` of the document
 * ("onethat" -> "one that"; corner brackets -> quotation marks). Keys are the stable part of each
 * segment id: never renumber them, because annotations point at segment ids. The first paragraph
 * is the salutation; the letter as printed has no sign-off.
 */
export type SegmentKind = "salutation" | "sentence" | "signoff";

export interface SeedSegment {
  key: string;
  paragraph: number;
  kind: SegmentKind;
  text: string;
}

/** The letter's paragraphs, in order; each maps segment keys to their text, in order. */
const paragraphs: Record<string, string>[] = [
  // paragraph 0
  {
    s00: "To the Board of Directors at OpenAI,",
  },
  // paragraph 1
  {
    s01: "OpenAI is the world’s leading AI company.",
    s02: "We, the employees of OpenAI, have developed the best models and pushed the field to new frontiers.",
    s03: "Our work on AI safety and governance shapes global norms.",
    s04: "The products we built are used by millions of people around the world.",
    s05: "Until now, the company we work for and cherish has never been in a stronger position.",
  },
  // paragraph 2
  {
    s06: "The process through which you terminated Sam Altman and removed Greg Brockman from the board has jeopardized all of this work and undermined our mission and company.",
    s07: "Your conduct has made it clear you did not have the competence to oversee OpenAI.",
  },
  // paragraph 3
  {
    s08: "When we all unexpectedly learned of your decision, the leadership team of OpenAI acted swiftly to stabilize the company.",
    s09: "They carefully listened to your concerns and tried to cooperate with you on all grounds.",
    s10: "Despite many requests for specific facts for your allegations, you have never provided any written evidence.",
    s11: "They also increasingly realized you were not capable of carrying out your duties, and were negotiating in bad faith.",
  },
  // paragraph 4
  {
    s12: "The leadership team suggested that the most stabilizing path forward – the one that would best serve our mission, company, stakeholders, employees and the public – would be for you to resign and put in place a qualified board that could lead the company forward in stability.",
  },
  // paragraph 5
  {
    s13: "Leadership worked with you around the clock to find a mutually agreeable outcome.",
    s14: "Yet within two days of your initial decision, you again replaced interim CEO Mira Murati against the best interests of the company.",
    s15: 'You also informed the leadership team that allowing the company to be destroyed "would be consistent with the mission."',
  },
  // paragraph 6
  {
    s16: "Your actions have made it obvious that you are incapable of overseeing OpenAI.",
    s17: "We are unable to work for or with people that lack competence, judgement and care for our mission and employees.",
    s18: "We, the undersigned, may choose to resign from OpenAI and join the newly announced Microsoft subsidiary run by Sam Altman and Greg Brockman.",
    s19: "Microsoft has assured us that there are positions for all OpenAI employees at this new subsidiary should we choose to join.",
    s20: "We will take this step imminently, unless all current board members resign, and the board appoints two new lead independent directors, such as Bret Taylor and Will Hurd, and reinstates Sam Altman and Greg Brockman.",
  },
];

export const letterSegments: SeedSegment[] = paragraphs.flatMap((segments, paragraph) =>
  Object.entries(segments).map(([key, text]) => ({ key, paragraph, kind: paragraph === 0 ? "salutation" : "sentence", text })),
);
