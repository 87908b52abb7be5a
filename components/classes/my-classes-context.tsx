"use client";
/**
 * The signed-in reader's classes, fetched once by the annotation layer and read by the composer
 * (default a member's note to their class), the note cards (move a note, hide as teacher) and the
 * share dialog. Empty for visitors and for readers in no class.
 */
import { fetchAllPages } from "@/components/fetch-all-pages";
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";

export interface MyClassSummary {
  id: string;
  name: string;
  role: "teacher" | "student";
}

export const MyClassesContext = createContext<MyClassSummary[]>([]);
export const useMyClasses = () => useContext(MyClassesContext);

/** False on a class-only text: what is written on it is for its class or oneself, never for everyone (the server refuses). */
export const EveryoneMayReadContext = createContext(true);
export const useEveryoneMayRead = () => useContext(EveryoneMayReadContext);

/** A class-only text's class (null otherwise): what is written on it may be for that class only. */
const DocumentClassContext = createContext<string | null>(null);
export const useDocumentClass = () => useContext(DocumentClassContext);

/** For the reader's layers outside the notes layer (the compare panel): the text's class, when it is class-only. */
export function ClassOnlyTextProvider({ classId, children }: { classId: string | null; children: ReactNode }) {
  return (
    <DocumentClassContext.Provider value={classId}>
      <EveryoneMayReadContext.Provider value={classId === null}>{children}</EveryoneMayReadContext.Provider>
    </DocumentClassContext.Provider>
  );
}

export function useFetchMyClasses(signedIn: boolean): MyClassSummary[] {
  const [classes, setClasses] = useState<MyClassSummary[]>([]);
  useEffect(() => {
    if (!signedIn) return;
    let cancelled = false;
    fetchAllPages<MyClassSummary>("/api/classes", "classes")
      .then((result) => !cancelled && result.ok && setClasses(result.data.map(({ id, name, role }) => ({ id, name, role }))))
      .catch(() => {});
    return () => {
      cancelled = true;
    };
  }, [signedIn]);
  return signedIn ? classes : [];
}
