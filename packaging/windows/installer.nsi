; Takedown Desk installer for Windows (x86_64), built with NSIS 3 (makensis).
;
; A per-user install: no administrator rights, no UAC prompt. The app goes to
; %LOCALAPPDATA%\Programs\Takedown Desk, gets a Start-menu entry, and an
; uninstaller registered under HKCU\...\Uninstall ("Apps & features").
; The notes database (%APPDATA%\Takedown Desk\takedowndesk.db) is NOT part of
; the install: upgrading or uninstalling keeps it, unless the user ticks
; "Also delete my notes database" on the uninstaller's components page.
;
; .ci/dist passes these on the command line:
;   /DVERSION=0.1.0        version shown to the user
;   /DVERSION4=0.1.0.1     the same as four numbers, for the file properties
;   /DAPPEXE=path          the GUI executable built by `fyne package -os windows`
;   /DICON=path            installer icon (.ico)
;   /DOUTFILE=path         the setup .exe to write

Unicode true
SetCompressor /SOLID lzma
ManifestDPIAware true

!ifndef VERSION
  !error "pass /DVERSION=x.y.z"
!endif
!ifndef VERSION4
  !error "pass /DVERSION4=x.y.z.n"
!endif
!ifndef APPEXE
  !error "pass /DAPPEXE=path\to\takedowndesk.exe"
!endif
!ifndef OUTFILE
  !error "pass /DOUTFILE=path\to\setup.exe"
!endif

!define APPNAME    "Takedown Desk"
!define APPID      "org.takedowndesk.TakedownDesk"
!define EXENAME    "takedowndesk.exe"
!define PUBLISHER  "The Takedown Desk authors"
!define HOMEPAGE   "https://github.com/takedowndesk/takedowndesk"
!define UNINSTKEY  "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPID}"
!define SETTINGSKEY "Software\${APPNAME}"

!include "MUI2.nsh"
!include "x64.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"

Name "${APPNAME}"
OutFile "${OUTFILE}"
; Per-user: no elevation, and $LOCALAPPDATA / $SMPROGRAMS / HKCU are the user's.
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APPNAME}"
InstallDirRegKey HKCU "${SETTINGSKEY}" "InstallDir"
BrandingText "${APPNAME} ${VERSION}"

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey "ProductName" "${APPNAME}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${APPNAME} installer"
VIAddVersionKey "CompanyName" "${PUBLISHER}"
VIAddVersionKey "LegalCopyright" "MIT licence, ${PUBLISHER}"

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC

; Installer pages.
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXENAME}"
!define MUI_FINISHPAGE_RUN_TEXT "Start ${APPNAME} now"
!insertmacro MUI_PAGE_FINISH

; Uninstaller pages: the components page offers the (unticked) data removal.
!insertmacro MUI_UNPAGE_CONFIRM
!define MUI_PAGE_CUSTOMFUNCTION_PRE un.ComponentsPre
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"

Function .onInit
  ; The app is a 64-bit program.
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "${APPNAME} needs 64-bit Windows 10 or newer."
    Abort
  ${EndIf}
FunctionEnd

Section "!${APPNAME}" SecApp
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; On upgrade this overwrites the program; the database lives elsewhere.
  File "/oname=${EXENAME}" "${APPEXE}"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\${EXENAME}" "" "$INSTDIR\${EXENAME}" 0 SW_SHOWNORMAL "" "Triage and annotate takedown notices, offline"

  WriteRegStr HKCU "${SETTINGSKEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\${EXENAME},0"
  WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTKEY}" "URLInfoAbout" "${HOMEPAGE}"
  WriteRegStr HKCU "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTKEY}" "EstimatedSize" "$0"
SectionEnd

; ---------------------------------------------------------------- uninstaller

Section "un.${APPNAME} program and Start-menu entry" UnSecApp
  SectionIn RO
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  Delete "$INSTDIR\${EXENAME}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTKEY}"
  DeleteRegKey HKCU "${SETTINGSKEY}"
SectionEnd

; Unticked by default (/o), and so also skipped by a silent uninstall (/S):
; the user's notes survive unless they ask otherwise.
Section /o "un.Also delete my notes database" UnSecData
  SetShellVarContext current
  MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 \
    "Delete your notes database and its backups in$\r$\n$APPDATA\${APPNAME}?$\r$\n$\r$\nThis cannot be undone." \
    /SD IDNO IDYES delete
  DetailPrint "Kept $APPDATA\${APPNAME}"
  Goto done
  delete:
    ; The database, its -wal/-shm files and the .bak copies made before migrations.
    RMDir /r "$APPDATA\${APPNAME}"
    ; Fyne's per-app preferences.
    RMDir /r "$APPDATA\fyne\${APPID}"
  done:
SectionEnd

Function un.ComponentsPre
  ; Nothing to offer if there is no data folder.
  SetShellVarContext current
  ${IfNot} ${FileExists} "$APPDATA\${APPNAME}\*.*"
  ${AndIfNot} ${FileExists} "$APPDATA\fyne\${APPID}\*.*"
    Abort
  ${EndIf}
FunctionEnd
