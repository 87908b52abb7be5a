/**
 * The English letter that more than 500 OpenAI employees sent their board on 20 November 2023,
 * as printed in the seed article (虎嗅網, 2023-11-21), one entry per segment.
 *
 * Verbatim, apart from the two extraction artefacts recorded in `provenance` of the document
 * ("onethat" -> "one that"; corner brackets -> quotation marks). Keys are the stable part of each
 * segment id: never renumber them, because annotations point at segment ids.
 */
export type SegmentKind = "salutation" | "sentence" | "signoff";

export interface SeedSegment {
  key: string;
  paragraph: number;
  kind: SegmentKind;
  text: string;
}

export const letterSegments: SeedSegment[] = [
  { key: "s00", paragraph: 0, kind: "salutation", text: "To the Board of Directors at OpenAI," },

  { key: "s01", paragraph: 1, kind: "sentence", text: "OpenAI is the world’s leading AI company." },
  {
    key: "s02",
    paragraph: 1,
    kind: "sentence",
    text: "We, the employees of OpenAI, have developed the best models and pushed the field to new frontiers.",
  },
  { key: "s03", paragraph: 1, kind: "sentence", text: "Our work on AI safety and governance shapes global norms." },
  { key: "s04", paragraph: 1, kind: "sentence", text: "The products we built are used by millions of people around the world." },
  {
    key: "s05",
    paragraph: 1,
    kind: "sentence",
    text: "Until now, the company we work for and cherish has never been in a stronger position.",
  },

  {
    key: "s06",
    paragraph: 2,
    kind: "sentence",
    text: "The process through which you terminated Sam Altman and removed Greg Brockman from the board has jeopardized all of this work and undermined our mission and company.",
  },
  { key: "s07", paragraph: 2, kind: "sentence", text: "Your conduct has made it clear you did not have the competence to oversee OpenAI." },

  {
    key: "s08",
    paragraph: 3,
    kind: "sentence",
    text: "When we all unexpectedly learned of your decision, the leadership team of OpenAI acted swiftly to stabilize the company.",
  },
  {
    key: "s09",
    paragraph: 3,
    kind: "sentence",
    text: "They carefully listened to your concerns and tried to cooperate with you on all grounds.",
  },
  {
    key: "s10",
    paragraph: 3,
    kind: "sentence",
    text: "Despite many requests for specific facts for your allegations, you have never provided any written evidence.",
  },
  {
    key: "s11",
    paragraph: 3,
    kind: "sentence",
    text: "They also increasingly realized you were not capable of carrying out your duties, and were negotiating in bad faith.",
  },

  {
    key: "s12",
    paragraph: 4,
    kind: "sentence",
    text: "The leadership team suggested that the most stabilizing path forward – the one that would best serve our mission, company, stakeholders, employees and the public – would be for you to resign and put in place a qualified board that could lead the company forward in stability.",
  },

  { key: "s13", paragraph: 5, kind: "sentence", text: "Leadership worked with you around the clock to find a mutually agreeable outcome." },
  {
    key: "s14",
    paragraph: 5,
    kind: "sentence",
    text: "Yet within two days of your initial decision, you again replaced interim CEO Mira Murati against the best interests of the company.",
  },
  {
    key: "s15",
    paragraph: 5,
    kind: "sentence",
    text: 'You also informed the leadership team that allowing the company to be destroyed "would be consistent with the mission."',
  },

  { key: "s16", paragraph: 6, kind: "sentence", text: "Your actions have made it obvious that you are incapable of overseeing OpenAI." },
  {
    key: "s17",
    paragraph: 6,
    kind: "sentence",
    text: "We are unable to work for or with people that lack competence, judgement and care for our mission and employees.",
  },
  {
    key: "s18",
    paragraph: 6,
    kind: "sentence",
    text: "We, the undersigned, may choose to resign from OpenAI and join the newly announced Microsoft subsidiary run by Sam Altman and Greg Brockman.",
  },
  {
    key: "s19",
    paragraph: 6,
    kind: "sentence",
    text: "Microsoft has assured us that there are positions for all OpenAI employees at this new subsidiary should we choose to join.",
  },
  {
    key: "s20",
    paragraph: 6,
    kind: "sentence",
    text: "We will take this step imminently, unless all current board members resign, and the board appoints two new lead independent directors, such as Bret Taylor and Will Hurd, and reinstates Sam Altman and Greg Brockman.",
  },
];
