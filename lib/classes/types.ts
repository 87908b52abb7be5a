/** What a class has been doing, as its teacher sees it on the class page. */
export interface ClassActivity {
  members: {
    id: string;
    name: string;
    role: "teacher" | "student";
    notes: number;
    replies: number;
    proposals: number;
    votes: number;
    lastActive: string | null;
  }[];
  /** One entry per day, oldest first, for the last ACTIVITY_DAYS days (UTC). */
  days: { date: string; notes: number; replies: number }[];
  /** Sentences by number of class notes, most first. */
  /** `number` is the one the reader shows beside the sentence (lib/documents/sentence-numbers.ts); null for a salutation or sign-off. */
  sentences: { segmentId: string; documentSlug: string; index: number; number: number | null; text: string; notes: number }[];
}
