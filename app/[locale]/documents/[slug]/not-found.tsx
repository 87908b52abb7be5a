import { NotFoundMessage } from "@/components/ui/not-found-message";

export default function DocumentNotFound() {
  return <NotFoundMessage kind="document" />;
}
