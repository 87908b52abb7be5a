"use client";
/**
 * @mentions in the note editor: tiptap's Mention node with a suggestion that asks
 * GET /api/classes/{id}/member-search for the members of the class the note is written to, and
 * the small list it shows under the caret. Only offered while the note's audience is a class
 * (`classId()` is null otherwise, and "@" stays a plain character). Part of the lazily loaded
 * editor, so a reader who never writes never downloads it.
 */
import Mention from "@tiptap/extension-mention";
import type { SuggestionProps } from "@tiptap/suggestion";
import { useTranslations } from "next-intl";
import { MENTIONS } from "@/lib/limits";
import type { MemberMatch } from "@/lib/validation/member-search";

type Chosen = { id: string; label: string };

export interface MentionMenuState {
  items: MemberMatch[];
  query: string;
  selected: number;
  /** Where the "@" is, in viewport coordinates. */
  rect: DOMRect | null;
  choose: (member: MemberMatch) => void;
}

async function searchMembers(classId: string, query: string, signal: AbortSignal): Promise<MemberMatch[]> {
  const params = new URLSearchParams({ q: query.slice(0, MENTIONS.queryLength), limit: String(MENTIONS.search.default) });
  try {
    const response = await fetch(`/api/classes/${encodeURIComponent(classId)}/member-search?${params}`, { signal, cache: "no-store" });
    return response.ok ? ((await response.json()) as { members: MemberMatch[] }).members : [];
  } catch {
    return [];
  }
}

/** The Mention extension, wired to a class (read when "@" is typed) and to the editor's menu state. */
export function mentionExtension(bridge: { classId: () => string | null; show: (menu: MentionMenuState | null) => void }) {
  return Mention.configure({
    suggestion: {
      char: "@",
      allow: () => bridge.classId() !== null,
      debounce: 120,
      items: ({ query, signal }) => {
        const classId = bridge.classId();
        return classId ? searchMembers(classId, query, signal) : [];
      },
      render: () => {
        let menu: MentionMenuState | null = null;
        const show = (next: MentionMenuState | null) => {
          menu = next;
          bridge.show(next);
        };
        const fromProps = (props: SuggestionProps<MemberMatch, Chosen>): MentionMenuState => ({
          items: props.items,
          query: props.query,
          selected: 0,
          rect: props.clientRect?.() ?? null,
          choose: (member) => props.command({ id: member.id, label: member.name }),
        });
        return {
          onStart: (props) => show(fromProps(props)),
          onUpdate: (props) => show(fromProps(props)),
          onExit: () => show(null),
          onKeyDown: ({ event }) => {
            if (!menu) return false;
            if (event.key === "Escape") {
              show(null);
              return true;
            }
            const count = menu.items.length;
            if (count === 0) return false;
            if (event.key === "ArrowDown" || event.key === "ArrowUp") {
              const step = event.key === "ArrowDown" ? 1 : count - 1;
              show({ ...menu, selected: (menu.selected + step) % count });
              return true;
            }
            if (event.key === "Enter" || event.key === "Tab") {
              const member = menu.items[menu.selected];
              if (member) menu.choose(member);
              return true;
            }
            return false;
          },
        };
      },
    },
  });
}

/** The list of matching members under the caret; arrow keys, Enter and Tab work from the editor. */
export function MentionMenu({ menu, id }: { menu: MentionMenuState; id: string }) {
  const t = useTranslations("Notes");
  const style = menu.rect ? { left: menu.rect.left, top: menu.rect.bottom + 4 } : undefined;
  if (menu.items.length === 0)
    return (
      <p className="mention-menu mention-menu-empty" style={style} role="status">
        {menu.query ? t("mentionNone") : t("mentionLoading")}
      </p>
    );
  return (
    <ul className="mention-menu" style={style} role="listbox" id={id} aria-label={t("mentionList")}>
      {menu.items.map((member, i) => (
        <li
          key={member.id}
          id={`${id}-${i}`}
          role="option"
          aria-selected={i === menu.selected}
          // Keep the editor's focus and selection: choosing acts on the "@" being typed.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => menu.choose(member)}
        >
          {member.name}
          {member.role === "teacher" && <span className="mention-menu-role"> · {t("teacherBadge")}</span>}
        </li>
      ))}
    </ul>
  );
}
