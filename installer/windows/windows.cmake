# Windows installers for the offices that run Windows: NSIS (.exe) and WiX (.msi). Included from
# installer/CMakeLists.txt only on Windows; README.md beside it explains each setting and the build steps.

# The program's own icon, compiled into perisai-desk.exe.
target_sources(perisai-desk PRIVATE ${CMAKE_CURRENT_LIST_DIR}/perisai-desk.rc)
# perisai-desk.exe stays a console program so that its commands (demo, import, kpi, report, ...) print in
# cmd and PowerShell; see README.md, "Console window", for hiding the console when the window is started.

# Qt's deployment step: at install time (and so inside cpack) windeployqt copies the Qt DLLs and plugins the
# program needs next to it: platforms/qwindows, sqldrivers/qsqlite + qsqlpsql, imageformats/qsvg,
# iconengines/qsvgicon, styles, and Qt's translations.
qt_generate_deploy_app_script(
    TARGET perisai-desk
    OUTPUT_SCRIPT perisai_deploy_script
    NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${perisai_deploy_script})

# What windeployqt does not know about: the PostgreSQL client library the qsqlpsql driver loads, the
# libraries found by find_package/pkg-config (libpq's own DLLs, libxlsxwriter, minizip, zlib), and the
# compiler's runtime. PERISAI_EXTRA_DLLS: a list of DLL paths to ship beside the program (see README.md).
set(PERISAI_EXTRA_DLLS "" CACHE STRING "DLLs to install next to perisai-desk.exe (libpq and its dependencies, ...)")
if(PERISAI_EXTRA_DLLS)
    install(FILES ${PERISAI_EXTRA_DLLS} DESTINATION bin)
endif()
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
include(InstallRequiredSystemLibraries)

set(CPACK_GENERATOR "NSIS;WIX")
set(perisai_ico ${CMAKE_CURRENT_LIST_DIR}/perisai-desk.ico)

# Shortcuts: Start menu (from CPACK_PACKAGE_EXECUTABLES) and desktop.
set(CPACK_CREATE_DESKTOP_LINKS perisai-desk)

# NSIS
set(CPACK_NSIS_DISPLAY_NAME "Perisai Desk")
set(CPACK_NSIS_PACKAGE_NAME "Perisai Desk ${PROJECT_VERSION}")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_MUI_ICON ${perisai_ico})
set(CPACK_NSIS_MUI_UNIICON ${perisai_ico})
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\perisai-desk.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN perisai-desk.exe)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_CONTACT "perisai-desk@example.invalid")
set(CPACK_NSIS_BRANDING_TEXT "Perisai Desk")

# WiX (.msi). The upgrade code names the product across versions: a newer .msi replaces an older one instead of
# installing beside it. NEVER change it; a new GUID would make every office end up with two copies.
set(CPACK_WIX_UPGRADE_GUID "63592031-C6B0-4279-B916-115DC0B884D3")
set(CPACK_WIX_PRODUCT_ICON ${perisai_ico})
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Perisai Desk")
set(CPACK_WIX_ARCHITECTURE x64)
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_WIX_PROPERTY_ARPCONTACT "perisai-desk@example.invalid")
