import { describe, expect, it } from 'vitest';
import { fromJsonObject } from './object.js';

/** The sample record of shared/data/signin-log-formats.md §1.4, trimmed. */
const graph = {
  id: '3f1c2a9e-5b7d-4e61-9a0c-8d2e4f6b1a00',
  createdDateTime: '2025-06-04T14:12:09Z',
  userPrincipalName: 'adele.fischer@contoso.com',
  userId: '6d0e1f2a-3b4c-4d5e-8f60-718293a4b5c6',
  appId: '0b7c6d5e-4f3a-4b2c-9d1e-0f9e8d7c6b5a',
  appDisplayName: 'Contoso Expense Insights',
  clientAppUsed: 'Browser',
  correlationId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  conditionalAccessStatus: 'notApplied',
  isInteractive: true,
  status: { errorCode: 65004, failureReason: 'User declined to consent to access the app.', additionalDetails: null },
  deviceDetail: { operatingSystem: 'Windows10', browser: 'Edge 126.0.0' },
};

const expected = {
  time: Date.UTC(2025, 5, 4, 14, 12, 9),
  user: '6d0e1f2a-3b4c-4d5e-8f60-718293a4b5c6',
  appId: '0b7c6d5e-4f3a-4b2c-9d1e-0f9e8d7c6b5a',
  appName: 'Contoso Expense Insights',
  code: 65004,
  failureReason: 'User declined to consent to access the app.',
  interactive: true,
  clientApp: 'Browser',
  browser: 'Edge',
  os: 'Windows10',
  correlationId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  conditionalAccess: 'notApplied',
};

describe('fromJsonObject', () => {
  it('reads a Graph / admin-center sign-in', () => {
    expect(fromJsonObject(graph)).toEqual(expected);
  });

  it('reads a Log Analytics row: ResultType as text, dynamic columns as objects or JSON text', () => {
    const row = {
      TimeGenerated: '2025-06-04T14:12:10Z',
      CreatedDateTime: '2025-06-04T14:12:09Z',
      ResultType: '65004',
      ResultDescription: 'Other',
      Status: JSON.stringify(graph.status),
      UserId: graph.userId,
      UserPrincipalName: graph.userPrincipalName,
      AppId: graph.appId,
      AppDisplayName: graph.appDisplayName,
      ClientAppUsed: 'Browser',
      DeviceDetail: { operatingSystem: 'Windows10', browser: 'Edge 126.0.0' },
      IsInteractive: 'True',
      CorrelationId: graph.correlationId,
      ConditionalAccessStatus: 'notApplied',
    };
    expect(fromJsonObject(row)).toEqual(expected);
  });

  it('reads a diagnostic-settings record with the sign-in under properties', () => {
    const { isInteractive: _, ...withoutFlag } = graph;
    const record = {
      time: graph.createdDateTime,
      operationName: 'Sign-in activity',
      category: 'SignInLogs',
      resultType: '65004',
      properties: withoutFlag,
    };
    expect(fromJsonObject(record)).toEqual(expected);
  });

  it('names what is missing', () => {
    expect(fromJsonObject({ ...graph, status: {} })).toBe('no status.errorCode');
    expect(fromJsonObject({ ...graph, createdDateTime: 'soon' })).toBe('no createdDateTime that reads as a time');
    expect(fromJsonObject({ ResultType: 'x', TimeGenerated: '2025-01-01' })).toBe('no ResultType');
    expect(fromJsonObject(42)).toBe('not a JSON object');
  });
});
