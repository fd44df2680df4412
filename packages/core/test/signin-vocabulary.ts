/** Names, devices, places and failure reasons the generator draws from (fake values, realistic shapes). */

export const FIRST = [
  'Adele',
  'Alex',
  'Diego',
  'Grady',
  'Henrietta',
  'Isaiah',
  'Johanna',
  'Joni',
  'Lee',
  'Lidia',
  'Lynne',
  'Megan',
  'Miriam',
  'Nestor',
  'Patti',
  'Pradeep',
];
export const LAST = [
  'Fischer',
  'Wilber',
  'Siciliani',
  'Archie',
  'Mueller',
  'Langer',
  'Lauer',
  'Sherman',
  'Gu',
  'Holloway',
  'Robbins',
  'Bowen',
  'Graham',
  'Wilke',
  'Fernandez',
  'Gupta',
];
export const DEVICES = [
  {
    os: 'Windows10',
    browser: 'Edge 126.0.0',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0',
    client: 'Browser',
  },
  {
    os: 'Windows10',
    browser: 'Chrome 126.0.0',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
    client: 'Browser',
  },
  {
    os: 'MacOs',
    browser: 'Safari 17.5',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
    client: 'Browser',
  },
  {
    os: 'Ios',
    browser: 'Mobile Safari 17.5',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
    client: 'Mobile Apps and Desktop clients',
  },
  {
    os: 'Android',
    browser: 'Chrome Mobile 126.0.0',
    ua: 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
    client: 'Mobile Apps and Desktop clients',
  },
  {
    os: 'Windows10',
    browser: 'Rich Client 4.61.0.0',
    ua: 'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17726; Pro)',
    client: 'Mobile Apps and Desktop clients',
  },
];
export const PLACES = [
  { city: 'Seattle', state: 'Washington', countryOrRegion: 'US', geoCoordinates: { latitude: 47.6, longitude: -122.3 } },
  { city: 'London', state: 'London', countryOrRegion: 'GB', geoCoordinates: { latitude: 51.5, longitude: -0.12 } },
  { city: 'Melbourne', state: 'Victoria', countryOrRegion: 'AU', geoCoordinates: { latitude: -37.8, longitude: 144.9 } },
];
export const REASONS: Record<number, string> = {
  0: 'Other.',
  50011:
    "The redirect URI 'https://adatum.example/auth' specified in the request does not match the redirect URIs configured for the application.",
  50053: 'Account is locked because user tried to sign in too many times with an incorrect user ID or password.',
  50058: 'Session information is not sufficient for single-sign-on.',
  50074: 'Strong Authentication is required.',
  50076:
    'Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access the resource.',
  50126: 'Error validating credentials due to invalid username or password.',
  50140: "This error occurred due to 'Keep me signed in' interrupt when the user was signing in.",
  53003: 'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.',
  65001:
    "The user or administrator has not consented to use the application with ID '…' named '…'. Send an interactive authorization request for this user and resource.",
  65004: 'User declined to consent to access the app.',
  7000222: 'The provided client secret keys are expired.',
  90033: 'A transient error has occurred. Please try again.',
  90095: 'Admin consent is required for the permissions requested by this application. An admin consent request may be sent to the admin.',
};
