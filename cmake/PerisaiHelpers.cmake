# One-line helpers so that each module and test reads like a table of contents.

set(PERISAI_TRANSLATIONS_DIR ${CMAKE_SOURCE_DIR}/translations)
set(PERISAI_LANGUAGES id en)

function(perisai_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-unused-parameter)
    if(PERISAI_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

# perisai_add_module(NAME SOURCES ... [PUBLIC_DEPENDS ...] [DEPENDS ...] [RESOURCES files under resources/ ...])
# A STATIC library `perisai_<NAME>` with include root modules/ (so `#include "core/nik.h"`).
# Its translations live in translations/<NAME>_<lang>.ts and are compiled into the library's resources.
function(perisai_add_module name)
    cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS;PUBLIC_DEPENDS;RESOURCES" ${ARGN})
    set(target perisai_${name})
    add_library(${target} STATIC ${ARG_SOURCES})
    target_include_directories(${target} PUBLIC ${CMAKE_SOURCE_DIR}/modules)
    target_link_libraries(${target} PUBLIC ${ARG_PUBLIC_DEPENDS} PRIVATE ${ARG_DEPENDS})
    perisai_warnings(${target})
    set(ts_files)
    foreach(lang IN LISTS PERISAI_LANGUAGES)
        set(ts ${PERISAI_TRANSLATIONS_DIR}/${name}_${lang}.ts)
        if(EXISTS ${ts})
            list(APPEND ts_files ${ts})
        endif()
    endforeach()
    if(ts_files)
        set_source_files_properties(${ts_files} PROPERTIES OUTPUT_LOCATION ${CMAKE_CURRENT_BINARY_DIR}/i18n)
        # The .qm files go to <build>/i18n/ and so to ":/i18n/<module>_<lang>.qm", where the shell loads them.
        qt_add_translations(${target} TS_FILES ${ts_files} RESOURCE_PREFIX / LUPDATE_TARGET ${target}_lupdate)
    endif()
    if(ARG_RESOURCES)
        # Paths are relative to resources/ and keep that shape under ":/" (resources/sql/x.sql -> :/sql/x.sql).
        list(TRANSFORM ARG_RESOURCES PREPEND ${CMAKE_SOURCE_DIR}/resources/)
        qt_add_resources(${target} ${target}_rc PREFIX / BASE ${CMAKE_SOURCE_DIR}/resources FILES ${ARG_RESOURCES})
    endif()
endfunction()

# perisai_add_gtest(NAME SOURCES ... DEPENDS ... [LABELS ...])
file(MAKE_DIRECTORY ${CMAKE_BINARY_DIR}/runtime)
file(CHMOD ${CMAKE_BINARY_DIR}/runtime DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)

function(perisai_add_gtest name)
    cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE ${ARG_DEPENDS} GTest::gtest GTest::gmock perisai_testsupport)
    perisai_warnings(${name})
    add_test(NAME ${name} COMMAND ${name})
    # Sanitized builds run several times slower; the province-sized demo test needs the room.
    set(timeout 900)
    if(PERISAI_SANITIZE)
        set(timeout 3000)
    endif()
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;XDG_RUNTIME_DIR=${CMAKE_BINARY_DIR}/runtime;PERISAI_TEST_DATA=${CMAKE_SOURCE_DIR}/tests/data"
        LABELS "${ARG_LABELS}"
        TIMEOUT ${timeout})
endfunction()
