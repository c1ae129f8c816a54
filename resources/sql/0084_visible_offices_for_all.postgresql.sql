-- The figures ask the server which offices it holds the login to (figures/kpiscope.cpp), whatever the login:
-- a role outside the four groups (a reporting role with BYPASSRLS, say) must get an empty answer, not a
-- refusal that fails every figure. The function tells a login only its own offices.
GRANT EXECUTE ON FUNCTION perisai_visible_offices() TO PUBLIC;
