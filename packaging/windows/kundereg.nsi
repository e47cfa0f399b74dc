; Windows installer for kundereg (NSIS 3, Modern UI 2, MultiUser).
;
; Built by packaging/windows/build-installer.py, which passes:
;   VERSION     the package version (0.1.0)          VIVERSION  the same as four numbers (0.1.0.0)
;   DIST_DIR    the PyInstaller folder (kundereg.exe, kundereg-gui.exe, _internal\)
;   OUTFILE     the setup .exe to write              ICON       resources\icons\kundereg.ico
;
; Per-user by default (%LOCALAPPDATA%\Programs\kundereg, no administrator needed); an
; administrator may choose "for all users" (Program Files) on the install-mode page or with
; /AllUsers. The register is never in the program folder: it is in each user's data folder
; (%LOCALAPPDATA%\kundereg, platformdirs' user_data_dir), so upgrades and uninstalls keep it
; unless the user ticks "Delete the customer register" in the uninstaller.

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma

!ifndef VERSION | VIVERSION | DIST_DIR | OUTFILE | ICON
  !error "Run packaging/windows/build-installer.py (VERSION, VIVERSION, DIST_DIR, OUTFILE and ICON are needed)"
!endif

!define APP_NAME "Kundereg"
!define APP_ID "kundereg"
!define PUBLISHER "kundereg"
!define GUI_EXE "kundereg-gui.exe"
!define CLI_EXE "kundereg.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define SETTINGS_KEY "Software\${APP_ID}"
; Where the app keeps the register, logs and backups: platformdirs.user_data_dir("kundereg",
; appauthor=False) on Windows (see src/kundereg/locations.py).
!define DATA_SUBDIR "${APP_ID}"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
BrandingText "${APP_NAME} ${VERSION}"

; -- install mode: per user unless an administrator picks all users ----------------------
!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_INSTALLMODE_DEFAULT_CURRENTUSER
!define MULTIUSER_INSTALLMODE_INSTDIR "${APP_ID}"
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${SETTINGS_KEY}\Install"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallDir"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${SETTINGS_KEY}\Install"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallMode"
!include MultiUser.nsh
!include MUI2.nsh
!include LogicLib.nsh
!include x64.nsh

; -- version information shown in the file's properties -----------------------------------
VIProductVersion "${VIVERSION}"
VIFileVersion "${VIVERSION}"

; -- pages -------------------------------------------------------------------------------
!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${SETTINGS_KEY}\Install"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_COMPONENTSPAGE_NODESC

!insertmacro MUI_PAGE_WELCOME
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${GUI_EXE}"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
; The uninstaller's component list holds one box, unticked: delete the register as well.
!define MUI_COMPONENTSPAGE_TEXT_TOP "$(ExplainDeleteRegister)"
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default when Windows' own is none of these.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Norwegian"
!insertmacro MUI_LANGUAGE "NorwegianNynorsk"
!insertmacro MUI_LANGUAGE "Swedish"
; NSIS 3.08's Finnish file lacks the install-mode page; a define set first takes precedence.
!define MULTIUSER_TEXT_INSTALLMODE_TITLE "Valitse käyttäjät"
!define MULTIUSER_TEXT_INSTALLMODE_SUBTITLE "Valitse, kenelle käyttäjille $(^NameDA) asennetaan."
!define MULTIUSER_INNERTEXT_INSTALLMODE_TOP "Valitse, asennetaanko $(^NameDA) vain sinulle vai kaikille tämän tietokoneen käyttäjille. $(^ClickNext)"
!define MULTIUSER_INNERTEXT_INSTALLMODE_ALLUSERS "Asenna kaikille tämän tietokoneen käyttäjille"
!define MULTIUSER_INNERTEXT_INSTALLMODE_CURRENTUSER "Asenna vain minulle"
!insertmacro MUI_LANGUAGE "Finnish"
!insertmacro MUI_LANGUAGE "Danish"
!insertmacro MUI_RESERVEFILE_LANGDLL

VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${APP_NAME} ${VERSION} installer"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "${PUBLISHER}"

!include "${__FILEDIR__}\strings.nsh"

; -- install -----------------------------------------------------------------------------
Section "!${APP_NAME}" SecApp
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the bundle as a whole: a file the old version had and the new one
  ; has not must not linger. Only our own folder goes; the register is not in $INSTDIR.
  RMDir /r "$INSTDIR\_internal"
  File "${DIST_DIR}\${CLI_EXE}"
  File "${DIST_DIR}\${GUI_EXE}"
  File /r "${DIST_DIR}\_internal"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0

  WriteRegStr SHCTX "${SETTINGS_KEY}\Install" "InstallDir" "$INSTDIR"
  WriteRegStr SHCTX "${SETTINGS_KEY}\Install" "InstallMode" "$MultiUser.InstallMode"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${GUI_EXE},0"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  ; The uninstaller must start in the same mode (per user or all users) as this install.
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "$(SecDesktop)" SecDesktop
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0
SectionEnd

Function .onInit
  !insertmacro MULTIUSER_INIT
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

; -- uninstall ---------------------------------------------------------------------------
Section "-un.${APP_NAME}"
  ; Only what the installer put here, never the whole folder: a user may have chosen a folder
  ; that holds other things.
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\${GUI_EXE}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
  DeleteRegKey SHCTX "${SETTINGS_KEY}\Install"
SectionEnd

; Unticked by default: the register (customers, orders, consents, audit trail, backups, logs)
; stays for a later installation unless the user asks for it to go, and confirms.
Section /o "un.$(SecDeleteRegister)" SecDeleteRegister
  MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "$(ConfirmDeleteRegister)" /SD IDNO IDYES delete
    DetailPrint "$(KeptRegister)"
    Goto done
  delete:
    ; The data belongs to the user running the uninstaller, also after an all-users install.
    SetShellVarContext current
    RMDir /r "$LOCALAPPDATA\${DATA_SUBDIR}"
    DeleteRegKey HKCU "${SETTINGS_KEY}"  ; the app's window and column settings (QSettings)
    ${If} $MultiUser.InstallMode == "AllUsers"
      SetShellVarContext all
    ${EndIf}
  done:
SectionEnd

Function un.onInit
  !insertmacro MULTIUSER_UNINIT
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd
