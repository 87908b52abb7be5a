/** The one SMTP transport (SMTP_URL), shared by reset links and digests; none when SMTP_URL is unset. */
import "server-only";
import nodemailer from "nodemailer";

let transport: { url: string; transporter: nodemailer.Transporter } | undefined;

export const mailConfigured = (): boolean => Boolean(process.env.SMTP_URL?.trim());

export function mailTransport(): nodemailer.Transporter {
  const url = process.env.SMTP_URL?.trim();
  if (!url) throw new Error("SMTP_URL is not set.");
  if (transport?.url !== url) transport = { url, transporter: nodemailer.createTransport(url) };
  return transport.transporter;
}

export const mailFrom = (): string => process.env.MAIL_FROM?.trim() || "Interleaf <no-reply@localhost>";
