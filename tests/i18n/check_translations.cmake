# ctest i18n/completeness: fails when the interface sources and the
# committed translations disagree. Run as
#   cmake -DLUPDATE=... -DLRELEASE=... -DSOURCE_DIR=... -DWORK_DIR=... -P check_translations.cmake
# For each .ts: lupdate a scratch copy against i18n/, ui/, app/ and core/common/problem.cpp (exactly what
# scripts/update-translations.sh does to the real files), then require
#   - no source string that the .ts lacks           (lupdate: "N new")
#   - no entry whose string left the code           (type="vanished"/"obsolete")
#   - no untranslated or unfinished entry           (lrelease statistics)
# so a new tr() string without its Chinese text fails here, not in front of
# a user.
cmake_minimum_required(VERSION 3.25)

foreach(var LUPDATE LRELEASE SOURCE_DIR WORK_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "check_translations: -D${var}=... is required")
    endif()
endforeach()

set(problems "")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

# language  extra lupdate options
set(catalogues "zh_CN" "en")
foreach(language IN LISTS catalogues)
    set(ts "${SOURCE_DIR}/translations/hyperlab_${language}.ts")
    if(NOT EXISTS "${ts}")
        list(APPEND problems "${ts} is missing")
        continue()
    endif()
    set(scratch "${WORK_DIR}/hyperlab_${language}.ts")
    file(COPY_FILE "${ts}" "${scratch}")
    set(options -locations none)
    if(language STREQUAL "en")
        list(APPEND options -pluralonly)  # the source language needs only plural forms
    endif()
    execute_process(
        COMMAND "${LUPDATE}" ${options} i18n ui app core/common/problem.cpp -ts "${scratch}"
        WORKING_DIRECTORY "${SOURCE_DIR}"
        OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
    set(out "${out}${err}")
    if(NOT rc EQUAL 0)
        list(APPEND problems "lupdate failed on ${language}: ${out}")
        continue()
    endif()
    # lupdate warns about tr() calls it cannot read (e.g. tr(variable)); such
    # a string would silently stay English.
    string(REGEX MATCHALL "[^\n]*(Cannot invoke|Unterminated|Unbalanced|Discarding)[^\n]*" warnings "${out}")
    foreach(w IN LISTS warnings)
        list(APPEND problems "lupdate: ${w}")
    endforeach()
    if(out MATCHES "Found ([0-9]+) source text\\(s\\) \\(([0-9]+) new and ([0-9]+) already existing\\)")
        set(found ${CMAKE_MATCH_1})
        set(new ${CMAKE_MATCH_2})
        # With -pluralonly lupdate counts every string before it strips the
        # non-plural ones; a new plural string shows up as unfinished below.
        if(NOT new EQUAL 0 AND NOT language STREQUAL "en")
            list(APPEND problems
                 "${language}: ${new} source string(s) are not in translations/hyperlab_${language}.ts "
                 "(run scripts/update-translations.sh and translate them)")
        endif()
        message(STATUS "${language}: ${found} source strings")
    elseif(NOT language STREQUAL "en")
        list(APPEND problems "${language}: unexpected lupdate output: ${out}")
    endif()

    file(READ "${scratch}" content)
    string(REGEX MATCHALL "type=\"(vanished|obsolete)\"" stale "${content}")
    list(LENGTH stale staleCount)
    if(staleCount GREATER 0)
        list(APPEND problems
             "${language}: ${staleCount} translation(s) belong to strings no longer in the code "
             "(run scripts/update-translations.sh)")
    endif()
    string(REGEX MATCHALL "<translation type=\"unfinished\"" unfinished "${content}")
    list(LENGTH unfinished unfinishedCount)
    if(unfinishedCount GREATER 0)
        string(REGEX MATCH "<source>([^<]*)</source>[ \n\t]*<translation type=\"unfinished\"" first "${content}")
        list(APPEND problems
             "${language}: ${unfinishedCount} unfinished translation(s), e.g. \"${CMAKE_MATCH_1}\"")
    endif()

    execute_process(
        COMMAND "${LRELEASE}" "${scratch}" -qm "${WORK_DIR}/hyperlab_${language}.qm"
        OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
    set(out "${out}${err}")
    if(NOT rc EQUAL 0)
        list(APPEND problems "lrelease failed on ${language}: ${out}")
        continue()
    endif()
    if(out MATCHES "Generated ([0-9]+) translation\\(s\\) \\(([0-9]+) finished and ([0-9]+) unfinished\\)")
        message(STATUS "${language}: lrelease generated ${CMAKE_MATCH_1} (${CMAKE_MATCH_2} finished, ${CMAKE_MATCH_3} unfinished)")
        if(NOT CMAKE_MATCH_3 EQUAL 0)
            list(APPEND problems "${language}: lrelease reports ${CMAKE_MATCH_3} unfinished translation(s)")
        endif()
        if(language STREQUAL "zh_CN" AND NOT CMAKE_MATCH_1 EQUAL found)
            list(APPEND problems "${language}: ${CMAKE_MATCH_1} translations for ${found} source strings")
        endif()
    else()
        list(APPEND problems "${language}: unexpected lrelease output: ${out}")
    endif()
    if(out MATCHES "Ignored ([0-9]+) untranslated source text")
        list(APPEND problems "${language}: ${CMAKE_MATCH_1} untranslated source string(s)")
    endif()
endforeach()

if(problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "translations are incomplete:\n  ${text}")
endif()
message(STATUS "translations complete")
