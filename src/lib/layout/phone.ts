/** The phone layout (app.css, BottomSheet: the side pane becomes a bottom sheet), for script that must know. */
export const PHONE_QUERY = '(max-width: 700px)';

export const isPhoneLayout = () => matchMedia(PHONE_QUERY).matches;
