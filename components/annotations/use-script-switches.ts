"use client";
/**
 * Counts switches of the reader's 繁/简 radio (a change of which twin of each translation shows)
 * and reshapes of the text (ruby on or off), so highlights repaint.
 */
import { useEffect, useState } from "react";
import { textReshaped } from "@/components/reader-contract";

export function useScriptSwitches(): number {
  const [switches, setSwitches] = useState(0);
  useEffect(() => {
    const onChange = (event: Event) => (event.target as HTMLInputElement).name === "script" && setSwitches((n) => n + 1);
    document.addEventListener("change", onChange);
    const stopListening = textReshaped.listen(() => setSwitches((n) => n + 1));
    return () => {
      document.removeEventListener("change", onChange);
      stopListening();
    };
  }, []);
  return switches;
}
