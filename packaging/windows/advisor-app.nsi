; Windows installer of Bilans kompetencji (advisor-app), NSIS 3 (packaging/README.md).
;
; Per-user: installs under %LOCALAPPDATA%\Programs\advisor-app without administrator rights
; (advisors are not administrators), a Start-menu shortcut, an uninstaller registered in
; "Apps & features" (HKCU). Polish and English installer languages.
;
; Build on Windows, after PyInstaller has made dist\advisor-app\:
;   makensis packaging\windows\advisor-app.nsi
;     -> dist\advisor-app-<version>-setup.exe
; makensis runs in the folder of this script: relative paths start there.
; Options (makensis /DNAME=value):
;   DISTDIR   the PyInstaller tree to pack (default: dist\advisor-app beside the repository root)
;   OUTFILE   the installer to write (default: dist\advisor-app-<version>-setup.exe)
;   SIGN      a signing command; makensis runs it on the installer and on the uninstaller it
;             embeds, with the file's path appended in quotes (packaging/README.md, "Signing")
; `make nsis-check` compiles this script on Linux with -WX (warnings are errors) on a dummy
; payload: a syntax and consistency check without a Windows build.
;
; Silent use (IT departments):
;   advisor-app-<version>-setup.exe /S [/D=C:\path\without\quotes]   install (no desktop shortcut)
;   "%LOCALAPPDATA%\Programs\advisor-app\uninstall.exe" /S               uninstall, KEEP user data
;   "%LOCALAPPDATA%\Programs\advisor-app\uninstall.exe" /S /REMOVEDATA   uninstall and delete data
; User data (the encrypted profiles) lives in %LOCALAPPDATA%\advisor_app, outside $INSTDIR.

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma
RequestExecutionLevel user

; --- version: the one source is advisor_app/__init__.py -----------------------------------------
!searchparse /file "../../advisor_app/__init__.py" `__version__ = "` VERSION `"`
!searchparse "${VERSION}" `` VERSION_MAJOR `.` VERSION_MINOR `.` VERSION_PATCH

!define APP "advisor-app"
!define PRODUCT "Bilans kompetencji"
!define PUBLISHER "WUP Kraków"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
; platformdirs.user_data_dir("advisor_app", roaming=False) on Windows (advisor_app/app.py).
!define DATA_DIR "$LOCALAPPDATA\advisor_app"

!ifndef DISTDIR
  !define DISTDIR "..\..\dist\${APP}"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\${APP}-${VERSION}-setup.exe"
!endif

!ifdef SIGN
  ; Signed after compression; the uninstaller is signed before it is packed into the installer.
  !finalize '${SIGN} "%1"' = 0
  !uninstfinalize '${SIGN} "%1"' = 0
!endif

Name "${PRODUCT}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${PRODUCT} ${VERSION}"

VIProductVersion "${VERSION_MAJOR}.${VERSION_MINOR}.${VERSION_PATCH}.0"
VIAddVersionKey /LANG=0 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${PRODUCT} - instalator / installer"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "GPL-3.0-or-later"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "Sections.nsh"

!define MUI_ICON "..\..\resources\icons\advisor-app.ico"
!define MUI_UNICON "..\..\resources\icons\advisor-app.ico"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
; Remember the installer language for the uninstaller.
!define MUI_LANGDLL_REGISTRY_ROOT "HKCU"
!define MUI_LANGDLL_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP}.exe"
!define MUI_COMPONENTSPAGE_NODESC

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default (also in silent mode).
!insertmacro MUI_LANGUAGE "Polish"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString SecProgram ${LANG_POLISH} "Program"
LangString SecProgram ${LANG_ENGLISH} "Program"
LangString SecDesktop ${LANG_POLISH} "Skrót na pulpicie"
LangString SecDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString SecUnProgram ${LANG_POLISH} "Program (pliki w $INSTDIR)"
LangString SecUnProgram ${LANG_ENGLISH} "Program (files in $INSTDIR)"
LangString SecUnData ${LANG_POLISH} "Także dane użytkownika: wszystkie profile i bilanse (nieodwracalne)"
LangString SecUnData ${LANG_ENGLISH} "Also the user data: all profiles and balances (cannot be undone)"
LangString ConfirmData ${LANG_POLISH} "Usunąć wszystkie dane w ${DATA_DIR}?$\r$\nBilanse, których nie zsynchronizowano z serwerem, zostaną utracone."
LangString ConfirmData ${LANG_ENGLISH} "Delete all the data in ${DATA_DIR}?$\r$\nBalances not synchronised with the server will be lost."
LangString ShortcutComment ${LANG_POLISH} "Bilans kompetencji dla doradców zawodowych"
LangString ShortcutComment ${LANG_ENGLISH} "Competence balance for career advisors"

; --- install ----------------------------------------------------------------------------------
Section "!$(SecProgram)" SecProgram
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the whole tree: no stale library of an older version may stay behind.
  RMDir /r "$INSTDIR\_internal"
  File "${DISTDIR}\${APP}.exe"
  File "${DISTDIR}\${APP}-cli.exe"
  File /r "${DISTDIR}\_internal"

  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${PRODUCT}.lnk" "$INSTDIR\${APP}.exe" "" "$INSTDIR\${APP}.exe" 0 \
    SW_SHOWNORMAL "" "$(ShortcutComment)"

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP}.exe,0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

; Unselected by default in silent installs (.onInit): IT departments decide about desktops.
Section "$(SecDesktop)" SecDesktop
  SetShellVarContext current
  CreateShortcut "$DESKTOP\${PRODUCT}.lnk" "$INSTDIR\${APP}.exe" "" "$INSTDIR\${APP}.exe" 0 \
    SW_SHOWNORMAL "" "$(ShortcutComment)"
SectionEnd

Function .onInit
  ${If} ${Silent}
    !insertmacro UnselectSection ${SecDesktop}
  ${Else}
    !insertmacro MUI_LANGDLL_DISPLAY
  ${EndIf}
FunctionEnd

; --- uninstall --------------------------------------------------------------------------------
Section "!un.$(SecUnProgram)" SecUnProgram
  SectionIn RO
  SetShellVarContext current
  Delete "$SMPROGRAMS\${PRODUCT}.lnk"
  Delete "$DESKTOP\${PRODUCT}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP}.exe"
  Delete "$INSTDIR\${APP}-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd

; Off by default: uninstalling keeps the encrypted profiles unless the user ticks this box or
; passes /REMOVEDATA.
Section /o "un.$(SecUnData)" SecUnData
  ${IfNot} ${Silent}
    MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "$(ConfirmData)" IDYES +2
    Return
  ${EndIf}
  RMDir /r "${DATA_DIR}"
SectionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/REMOVEDATA" $R1
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${SecUnData}
  ${EndIf}
FunctionEnd
