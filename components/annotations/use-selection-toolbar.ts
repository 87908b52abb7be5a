"use client";
/**
 * Where the selection toolbar goes, and for what: it follows a selection that ends in the text,
 * from a mouse (on pointerup), the keyboard (Shift+arrows) or a touch screen (once the selection
 * settles, since a long press and handles end with no pointerup).
 */
import { useEffect, useState } from "react";
import type { SentenceTarget } from "./dom-anchors";

export type Toolbar = { rect: DOMRect; target: SentenceTarget | null; error: string | null } | null;

export function useSelectionToolbar() {
  const [toolbar, setToolbar] = useState<Toolbar>(null);
  useEffect(() => {
    let live = true;
    // The anchoring code loads on the first selection (then it is at hand), not with the page.
    const update = () =>
      void import("./dom-anchors").then(({ toolbarForSelection }) => live && setToolbar(toolbarForSelection(window.getSelection())));
    // Follow a touch selection once it settles, unless a mouse button is still down (a drag in progress).
    let pointerDown = false;
    let settle: ReturnType<typeof setTimeout> | undefined;
    const onSelectionChange = () => {
      clearTimeout(settle);
      if (window.getSelection()?.isCollapsed) return setToolbar(null);
      if (!pointerDown) settle = setTimeout(update, 250);
    };
    const onPointerDown = () => (pointerDown = true);
    const onPointerUp = () => {
      pointerDown = false;
      update();
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.shiftKey || event.key === "Shift") update();
    };
    // One signal removes every listener.
    const listening = new AbortController();
    const { signal } = listening;
    document.addEventListener("pointerdown", onPointerDown, { signal });
    document.addEventListener("pointercancel", onPointerUp, { signal });
    document.addEventListener("pointerup", onPointerUp, { signal });
    document.addEventListener("keyup", onKeyUp, { signal });
    document.addEventListener("selectionchange", onSelectionChange, { signal });
    return () => {
      live = false;
      clearTimeout(settle);
      listening.abort();
    };
  }, []);

  return [toolbar, setToolbar] as const;
}
