// Being built: see the issue (web app).
export default function SocialDataPage() {
  return null;
}
