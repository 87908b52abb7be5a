"use client";
/** Counts switches of the reader's 繁/简 radio: a change of which twin of each translation shows, so highlights repaint. */
import { useEffect, useState } from "react";

export function useScriptSwitches(): number {
  const [switches, setSwitches] = useState(0);
  useEffect(() => {
    const onChange = (event: Event) => (event.target as HTMLInputElement).name === "script" && setSwitches((n) => n + 1);
    document.addEventListener("change", onChange);
    return () => document.removeEventListener("change", onChange);
  }, []);
  return switches;
}
