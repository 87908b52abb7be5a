/**
 * Every refusal the API can answer, by its stable snake_case `code`. The server sends the code
 * beside an English `error`; the browser shows messages/<locale>.json `errors.<code>` instead, with
 * the refusal's numeric details (limits, retry-after) as ICU values. HttpError's constructor takes
 * an ErrorCode, so no refusal can lack one; errors-catalogue.test.ts checks that every code has a
 * message in every locale, and no locale has a message for a code that is not here.
 *
 * A code names what went wrong for the person, not the HTTP status: two refusals that need
 * different advice get different codes. Codes are public API: rename one only with a migration note.
 */
export const ERROR_CODES = [
  // The request itself
  "invalid_json",
  "request_too_large",
  "invalid_fields",
  "invalid_query",
  "unstorable_text",
  "cross_site_write",
  "api_route_unknown",
  "sign_in_required",
  "database_unavailable",
  "internal_error",
  "idempotency_key_invalid",
  "idempotency_key_reused",
  // Limits
  "rate_limited",
  "quota_reached",
  "too_many_streams",
  "text_work_busy",
  "text_work_timeout",
  // Not found, or not visible to the caller (always 404, never 403: see STYLE.md)
  "document_not_found",
  "version_not_found",
  "note_not_found",
  "reply_not_found",
  "sentence_not_found",
  "translation_not_found",
  "class_not_found",
  "member_not_found",
  "share_not_found",
  "shared_note_not_found",
  "saved_word_not_found",
  // Accounts and passwords
  "email_taken",
  "wrong_current_password",
  "password_same_as_email",
  "password_not_set",
  "sign_in_throttled",
  "confirm_email_mismatch",
  "reset_token_unknown",
  "reset_token_used",
  "reset_token_expired",
  "reset_email_not_configured",
  // Notes and replies
  "note_empty",
  "note_not_saved",
  "note_not_yours",
  "note_delete_not_yours",
  "note_reattach_not_yours",
  "note_hide_teacher_only",
  "note_class_missing",
  "note_changed_elsewhere",
  "text_changed_while_saving",
  "reply_not_yours",
  "note_not_a_question",
  "answered_author_or_teacher",
  "paired_highlight_invalid",
  "target_segment_unknown",
  "target_language_unsupported",
  "target_version_missing",
  "target_version_unknown",
  "target_selector_invalid",
  // Classes
  "join_code_unknown",
  "join_code_throttled",
  "class_teacher_only",
  "not_class_member",
  "member_remove_teacher_only",
  "last_teacher",
  "last_teacher_role",
  "hand_over_to_self",
  "class_document_teacher_only",
  "note_outside_document_class",
  "proposal_outside_document_class",
  "class_note_on_private_document",
  "class_proposal_on_private_document",
  // Translations
  "translation_wrong_sentence",
  "adopt_not_allowed",
  "adoption_change_not_allowed",
  "proposal_not_yours",
  "proposal_withdraw_not_yours",
  "proposal_class_missing",
  "proposal_class_not_member",
  // Share links
  "share_link_not_working",
  "only_teachers_invite",
  "private_notes_not_included",
  "share_version_unknown",
  "share_expiry_past",
  // Import and editing documents
  "import_text_too_long",
  "import_no_sentences",
  "too_many_sentences",
  "sentence_counts_differ",
  "document_published",
  "document_has_notes",
  "export_version_unknown",
  // Assignments
  "assignment_not_found",
  "assignment_locked",
  "assignment_sentence_unknown",
  "prompt_outside_range",
  // Word alignment
  "alignment_version_unknown",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

const KNOWN: ReadonlySet<string> = new Set(ERROR_CODES);

export const isErrorCode = (value: unknown): value is ErrorCode => typeof value === "string" && KNOWN.has(value);
