/**
 * Join codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown as
 * XXXX-XXXX so they are easy to read aloud and type. Stored without the dash; what a person types
 * is upper-cased and stripped of spaces and dashes before it is compared.
 */
import { randomInt } from "node:crypto";

export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 8;

export function generateJoinCode(): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

export const normalizeJoinCode = (typed: string) => typed.toUpperCase().replace(/[\s\-‐‑–—]+/g, "");

export const formatJoinCode = (code: string) => (code.length === JOIN_CODE_LENGTH ? `${code.slice(0, 4)}-${code.slice(4)}` : code);
