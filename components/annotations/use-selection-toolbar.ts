"use client";
/**
 * Where the selection toolbar goes, and for what: it follows a selection that ends in the text,
 * from a mouse (on pointerup), the keyboard (Shift+arrows) or a touch screen (once the selection
 * settles, since a long press and handles end with no pointerup).
 */
import { useEffect, useState } from "react";
import type { SelectionResult, SentenceTarget } from "./dom-anchors";

export type Toolbar = { rect: DOMRect; target: SentenceTarget | null; error: string | null } | null;

export function useSelectionToolbar() {
  const [toolbar, setToolbar] = useState<Toolbar>(null);
  useEffect(() => {
    let live = true;
    // The anchoring code loads on the first selection (then it is at hand), not with the page.
    const update = () =>
      void import("./dom-anchors").then(({ targetFromSelection }) => live && place(targetFromSelection(window.getSelection())));
    const place = (result: SelectionResult) => {
      if (!result) return setToolbar(null);
      const range = window.getSelection()!.getRangeAt(0);
      setToolbar({
        rect: range.getBoundingClientRect(),
        target: "target" in result ? result.target : null,
        error: "error" in result ? result.error : null,
      });
    };
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
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("pointercancel", onPointerUp);
    document.addEventListener("pointerup", onPointerUp);
    document.addEventListener("keyup", onKeyUp);
    document.addEventListener("selectionchange", onSelectionChange);
    return () => {
      live = false;
      clearTimeout(settle);
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("pointercancel", onPointerUp);
      document.removeEventListener("pointerup", onPointerUp);
      document.removeEventListener("keyup", onKeyUp);
      document.removeEventListener("selectionchange", onSelectionChange);
    };
  }, []);

  return [toolbar, setToolbar] as const;
}
