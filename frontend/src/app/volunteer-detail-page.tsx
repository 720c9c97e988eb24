import { VolunteerActivitySections } from '@/features/volunteer-activities/components/volunteer-activity-sections';
import { VolunteerRoute } from '@/features/volunteers/routes/volunteer-route';

/** /volunteers/:id with the person's activity and care logs: the app composes the two features. */
export function VolunteerDetailPage() {
  return <VolunteerRoute sections={(volunteer) => <VolunteerActivitySections volunteer={volunteer} />} />;
}
