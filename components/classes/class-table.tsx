/** A table on the class page: scrolls sideways on its own on a phone, and ends with an unlabelled-looking actions column. */
import type { ReactNode } from "react";

export function ClassTable({
  labelledBy,
  actionsLabel,
  head,
  children,
}: {
  labelledBy: string;
  actionsLabel: string;
  head: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="class-table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <table className="class-table">
        <thead>
          <tr>
            {head}
            <th scope="col">
              <span className="visually-hidden">{actionsLabel}</span>
            </th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
