/** The desktop backend: dist/main/backend.cjs in an Electron utility process, spoken to over a MessagePortMain. */
import { MessageChannelMain, utilityProcess } from 'electron';
import type { BackendLink } from '../backend/protocol';

export function spawnUtilityBackend(backendFile: string): BackendLink {
  const child = utilityProcess.fork(backendFile, [], { serviceName: 'Coalition Desk backend', stdio: 'inherit' });
  const { port1, port2 } = new MessageChannelMain();
  // The backend's entry (main/backend/main.ts) waits for this one message and runs the protocol over its port.
  child.postMessage({ type: 'port' }, [port2]);
  port1.start();
  return {
    send: (message) => port1.postMessage(message),
    onMessage: (listener) => void port1.on('message', ({ data }) => listener(data)),
    onExit: (listener) => void child.on('exit', (code) => listener(`exit code ${code}`)),
    stop: () => {
      port1.close();
      child.kill();
    },
  };
}
