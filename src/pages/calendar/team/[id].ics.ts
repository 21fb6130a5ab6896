import type { APIRoute, GetStaticPaths } from 'astro';
import { CALENDAR_HEADERS, calendarText } from '../../../node/calendar-feeds.ts';
import { siteData } from '../../../node/site-data.ts';

/** `/calendar/team/<id>.ics`: reviews of the plans a team member owns or sponsors, and the actions they own. */
export const getStaticPaths = (() => [...siteData().portfolio.team.keys()].map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site, params }) =>
  new Response(calendarText(site, { member: params['id']! }), { headers: CALENDAR_HEADERS });
