/** Routes of the protocols and agreements register, for the dashboard and other pages that link to it. */
export const protocolsPath = '/protocols';
export const protocolPath = (id: string) => `${protocolsPath}/${id}`;
