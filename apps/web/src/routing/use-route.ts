import { useEffect, useState } from 'react';
import { hrefTo, parseRoute, type Route } from './route';

/** The page the URL's fragment names, following the browser's back and forward. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return route;
}

export function navigate(route: Route): void {
  window.location.hash = hrefTo(route);
}
