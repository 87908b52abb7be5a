// Preloaded into the Prisma CLI when our scripts run `prisma migrate`. Prisma 6.19's WASM schema
// engine arms a 10 s timer (its lock timeout) and never clears it, so every `migrate deploy`
// lingered 10 s after finishing. Unref'ing long timers lets the process exit when its work is done;
// real work (open sockets, pending queries) still keeps it alive.
const setTimeoutOriginal = global.setTimeout;
global.setTimeout = function setTimeoutUnrefLong(callback, ms, ...args) {
  const timer = setTimeoutOriginal.call(this, callback, ms, ...args);
  if (ms >= 5000 && typeof timer?.unref === "function") timer.unref();
  return timer;
};
