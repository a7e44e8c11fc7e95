@rem medical-nlp: convert, query, diff, lint and count Medical_NLP catalogues (run with --help).
@rem
@rem Runs the tool's jars in ..\lib with the Java that JAVA_HOME names, else the java on the PATH (17 or
@rem later), with the JVM's fast-start options. Environment: JAVA_HOME; JAVA_OPTS and MEDICAL_NLP_OPTS,
@rem options added to the JVM's command line. (The class-data-sharing archive of bin/medical-nlp is not
@rem made here; add -XX:SharedArchiveFile=... -XX:+AutoCreateSharedArchive to MEDICAL_NLP_OPTS on Java 19+.)
@echo off
setlocal
set "APP_HOME=%~dp0.."
if defined JAVA_HOME (
    set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
) else (
    set "JAVA_EXE=java.exe"
)
if defined JAVA_HOME if not exist "%JAVA_HOME%\bin\java.exe" (
    echo medical-nlp: JAVA_HOME is '%JAVA_HOME%', which has no bin\java.exe: set it to a Java 17 or later, or unset it 1>&2
    exit /b 2
)
"%JAVA_EXE%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xlog:disable -Xlog:all=warning,cds*=off:stderr %JAVA_OPTS% %MEDICAL_NLP_OPTS% -cp "%APP_HOME%\lib\*" io.github.medicalnlp.catalogue.examples.cli.MedicalNlpCommand %*
exit /b %ERRORLEVEL%
