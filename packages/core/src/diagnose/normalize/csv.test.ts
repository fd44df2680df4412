import { describe, expect, it } from 'vitest';
import { csvHeader } from '../detect.js';
import { entraCsvReader } from './csv.js';

/** Header and sample row of shared/data/signin-log-formats.md §2.1–2.3 (57 columns, fake values). */
const HEADER =
  '"Date (UTC)","Request ID","User agent","Correlation ID","User ID","User","Username","User type","Cross tenant access type","Incoming token type","Authentication Protocol","Unique token identifier","Original transfer method","Client credential type","Token Protection - Sign In Session","Token Protection - Sign In Session StatusCode","Application","Application ID ","App owner tenant ID","Resource","Resource ID ","Resource tenant ID","Resource owner tenant ID","Home tenant ID","Home tenant name","IP address","Location","Status","Sign-in error code","Failure reason","Client app","Device ID","Browser","Operating System","Compliant","Managed","Join Type","Multifactor authentication result","Multifactor authentication auth method","Multifactor authentication auth detail","Authentication requirement","Sign-in identifier","Session ID","IP address (seen by resource)","Through Global Secure Access","Global Secure Access IP address","Autonomous system  number","Flagged for review","Token issuer type","Incoming token type","Token issuer name","Latency","Conditional Access","Managed Identity type","Associated Resource Id","Federated Token Id","Federated Token Issuer"';
const ROW = [
  '2025-06-04T14:12:09Z',
  '3f1c2a9e-5b7d-4e61-9a0c-8d2e4f6b1a00',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Edg/126.0.0.0',
  'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  '6d0e1f2a-3b4c-4d5e-8f60-718293a4b5c6',
  'Adele Fischer',
  'adele.fischer@contoso.com',
  'Member',
  'None',
  'None',
  'None',
  'Kq3v9LmTqk2xY0aPz8wB1A',
  'None',
  'None',
  '',
  '',
  'Contoso Expense Insights',
  '0b7c6d5e-4f3a-4b2c-9d1e-0f9e8d7c6b5a',
  '2c1d0e9f',
  'Microsoft Graph',
  '00000003-0000-0000-c000-000000000000',
  '2c1d0e9f',
  'f8cdef31',
  '2c1d0e9f',
  '',
  '198.51.100.23',
  'Seattle, Washington, US',
  'Failure',
  '65004',
  'User declined to consent to access the app.',
  'Browser',
  '',
  'Edge 126.0.0',
  'Windows10',
  'No',
  'No',
  '',
  '',
  '',
  '',
  'Single-factor authentication',
  'adele.fischer@contoso.com',
  '9b8a7c6d',
  '',
  'No',
  '',
  '64513',
  'No',
  'AzureAD',
  'None',
  '',
  '192ms',
  'Not Applied',
  '',
  '',
  '',
  '',
];

describe('entraCsvReader', () => {
  it('keys columns by trimmed name and reads the sample row', () => {
    const header = csvHeader(HEADER);
    expect(header).toHaveLength(57);
    expect(ROW).toHaveLength(57);
    expect(entraCsvReader(header, false)(ROW)).toEqual({
      time: Date.UTC(2025, 5, 4, 14, 12, 9),
      user: '6d0e1f2a-3b4c-4d5e-8f60-718293a4b5c6',
      appId: '0b7c6d5e-4f3a-4b2c-9d1e-0f9e8d7c6b5a',
      appName: 'Contoso Expense Insights',
      code: 65004,
      failureReason: 'User declined to consent to access the app.',
      interactive: false,
      clientApp: 'Browser',
      browser: 'Edge',
      os: 'Windows10',
      correlationId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
      conditionalAccess: 'notApplied',
    });
  });

  it('reads an Interrupted 65001 row as the failure it is, and names a bad code or date', () => {
    const header = csvHeader(HEADER);
    const read = entraCsvReader(header, undefined);
    const at = (name: string) => header.indexOf(name);
    const row = [...ROW];
    row[at('Status')] = 'Interrupted';
    row[at('Sign-in error code')] = '65001';
    expect(read(row)).toMatchObject({ code: 65001 });
    row[at('Sign-in error code')] = 'None';
    expect(read(row)).toBe('"Sign-in error code" is not a number: "None"');
    row[at('Sign-in error code')] = '0';
    row[at('Date (UTC)')] = '';
    expect(read(row)).toBe('"Date (UTC)" is not a time: ""');
  });
});
