/** Moved to components so the directory pages share it. */
export { useStateFor } from '../../components/useStateFor';
