/** The customer detail page of a Sophos tenant (route customerDetail in App.tsx). */
export const customerDetailPath = (tenantId: string) => `/customers/${encodeURIComponent(tenantId)}`;
