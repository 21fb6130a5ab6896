import type { APIRoute } from 'astro';
import { CALENDAR_HEADERS, calendarText } from '../../node/calendar-feeds.ts';

/** `/calendar/portfolio.ics`: every plan's next review and every open action with a due date. */
export const GET: APIRoute = ({ site }) => new Response(calendarText(site), { headers: CALENDAR_HEADERS });
