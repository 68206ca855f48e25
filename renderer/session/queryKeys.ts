/** Query keys shared by more than one feature; a feature's own keys live in its folder. */
export const sharedQueryKeys = {
  appStatus: ['app.status'] as const,
  workspaceDetails: ['workspace.details'] as const,
};
