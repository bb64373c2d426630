/**
 * What a column's header alone says: a timestamp, export metadata, a "check all
 * that apply" question or a scale's range. (What a question tells personas is
 * question understanding's job: ../understanding.)
 */

// "Date Submitted", "date_submitted" and "DateSubmitted" all mean the same column.
const normalise = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

// Best first: when to submit beats when started (Google, SurveyGizmo, Typeform, Qualtrics).
const TIMESTAMP_HEADERS = [
  'timestamp',
  'datesubmitted',
  'submitdateutc',
  'submittedat',
  'enddate',
  'recordeddate',
  'timestarted',
  'startdate',
  'startdateutc',
];

// Export bookkeeping rather than answers (SurveyGizmo, Qualtrics, Typeform, SurveyMonkey).
const METADATA_HEADERS = new Set([
  'responseid',
  'respondentid',
  'sessionid',
  'collectorid',
  'networkid',
  'ipaddress',
  'useragent',
  'referer',
  'referrer',
  'status',
  'longitude',
  'latitude',
  'locationlatitude',
  'locationlongitude',
  'distributionchannel',
  'userlanguage',
  'externalreference',
  'externaldatareference',
  'progress',
  'durationinseconds',
  'finished',
  'token',
]);

// A customer's identifier in the product (the survey hidden field customer_id, user_id…), best
// first. A plain "Email Address" (Google Forms collects one) stays an EMAIL question unless the
// researcher picks it; a header that says the email identifies the customer is proposed.
const CUSTOMER_ID_HEADERS = [
  'customerid',
  'customer',
  'customerkey',
  'customernumber',
  'customeremail',
  'userid',
  'user',
  'useremail',
  'externaluserid',
  'externalcustomerid',
  'emailasid',
  'emailid',
];

const SELECT_MANY = /\b(?:check|select|choose|mark|tick) all\b|\ball that apply\b/i;

/**
 * Rank of a header among known timestamp columns (0 = best), or -1 when it is
 * not one.
 *
 * @param header - trimmed header text
 */
export function timestampRank(header: string): number {
  return TIMESTAMP_HEADERS.indexOf(normalise(header));
}

/**
 * Whether the column is export metadata (ids, IP address, status...) that a
 * researcher rarely wants as a question. "#" is Typeform's response id.
 *
 * @param header - trimmed header text
 */
export function isMetadataHeader(header: string): boolean {
  return header === '#' || METADATA_HEADERS.has(normalise(header));
}

/**
 * Rank of a header among customer id columns (0 = best), or -1 when it is not one: `customer_id`,
 * `Customer ID` and `CustomerId` alike, then customer, user id, user, and an email named as the
 * customer's or user's identifier.
 *
 * @param header - trimmed header text
 */
export function customerIdRank(header: string): number {
  return CUSTOMER_ID_HEADERS.indexOf(normalise(header));
}

/**
 * Whether the question text invites several answers ("check all that apply").
 *
 * @param header - trimmed header text
 */
export function asksForSeveral(header: string): boolean {
  return SELECT_MANY.test(header);
}

/**
 * The top of a scale the header announces ("on a scale of 1 to 5", "1-7"),
 * or null.
 *
 * @param header - trimmed header text
 */
export function announcedScaleMax(header: string): number | null {
  const match = /\b1\s*(?:to|-|–)\s*(\d{1,2})\b/.exec(header);
  return match ? Number(match[1]) : null;
}
