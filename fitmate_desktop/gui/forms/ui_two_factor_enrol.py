# GENERATED from ui/two_factor_enrol.ui — do not edit; run `make forms` to regenerate.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from fitmate_desktop.gui.widgets.spinner import Spinner

class Ui_TwoFactorEnrolPage(object):
    def setupUi(self, TwoFactorEnrolPage):
        if not TwoFactorEnrolPage.objectName():
            TwoFactorEnrolPage.setObjectName(u"TwoFactorEnrolPage")
        TwoFactorEnrolPage.resize(360, 620)
        self.pageLayout = QVBoxLayout(TwoFactorEnrolPage)
        self.pageLayout.setSpacing(4)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(TwoFactorEnrolPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setProperty(u"role", u"h2")

        self.pageLayout.addWidget(self.titleLabel)

        self.accountLabel = QLabel(TwoFactorEnrolPage)
        self.accountLabel.setObjectName(u"accountLabel")
        self.accountLabel.setWordWrap(True)
        self.accountLabel.setProperty(u"role", u"muted")

        self.pageLayout.addWidget(self.accountLabel)

        self.spacer3 = QSpacerItem(20, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.pageLayout.addItem(self.spacer3)

        self.introLabel = QLabel(TwoFactorEnrolPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.spacer4 = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.pageLayout.addItem(self.spacer4)

        self.qrRow = QHBoxLayout()
        self.qrRow.setObjectName(u"qrRow")
        self.qrRow.setContentsMargins(0, 0, 0, 0)
        self.spacer5 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.qrRow.addItem(self.spacer5)

        self.qrLabel = QLabel(TwoFactorEnrolPage)
        self.qrLabel.setObjectName(u"qrLabel")
        self.qrLabel.setMinimumSize(QSize(196, 196))
        self.qrLabel.setMaximumSize(QSize(196, 196))
        self.qrLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qrLabel.setWordWrap(True)

        self.qrRow.addWidget(self.qrLabel)

        self.spacer6 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.qrRow.addItem(self.spacer6)


        self.pageLayout.addLayout(self.qrRow)

        self.spacer7 = QSpacerItem(20, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.pageLayout.addItem(self.spacer7)

        self.secretCaption = QLabel(TwoFactorEnrolPage)
        self.secretCaption.setObjectName(u"secretCaption")
        self.secretCaption.setWordWrap(True)
        self.secretCaption.setProperty(u"role", u"muted")

        self.pageLayout.addWidget(self.secretCaption)

        self.secretRow = QHBoxLayout()
        self.secretRow.setSpacing(6)
        self.secretRow.setObjectName(u"secretRow")
        self.secretLabel = QLabel(TwoFactorEnrolPage)
        self.secretLabel.setObjectName(u"secretLabel")
        self.secretLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.secretLabel.sizePolicy().hasHeightForWidth())
        self.secretLabel.setSizePolicy(sizePolicy)

        self.secretRow.addWidget(self.secretLabel)

        self.copySecretButton = QPushButton(TwoFactorEnrolPage)
        self.copySecretButton.setObjectName(u"copySecretButton")

        self.secretRow.addWidget(self.copySecretButton)


        self.pageLayout.addLayout(self.secretRow)

        self.spacer8 = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.pageLayout.addItem(self.spacer8)

        self.codeLabel = QLabel(TwoFactorEnrolPage)
        self.codeLabel.setObjectName(u"codeLabel")

        self.pageLayout.addWidget(self.codeLabel)

        self.codeEdit = QLineEdit(TwoFactorEnrolPage)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(7)
        self.codeEdit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.codeEdit.setProperty(u"field", True)

        self.pageLayout.addWidget(self.codeEdit)

        self.codeError = QLabel(TwoFactorEnrolPage)
        self.codeError.setObjectName(u"codeError")
        self.codeError.setWordWrap(True)
        self.codeError.setProperty(u"role", u"fieldError")

        self.pageLayout.addWidget(self.codeError)

        self.formError = QLabel(TwoFactorEnrolPage)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setProperty(u"role", u"formError")

        self.pageLayout.addWidget(self.formError)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(8)
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonRow.setContentsMargins(0, 6, 0, 0)
        self.backButton = QPushButton(TwoFactorEnrolPage)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setFlat(True)
        self.backButton.setProperty(u"link", True)

        self.buttonRow.addWidget(self.backButton)

        self.spacer9 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.spacer9)

        self.confirmButton = QPushButton(TwoFactorEnrolPage)
        self.confirmButton.setObjectName(u"confirmButton")
        self.confirmButton.setProperty(u"primary", True)

        self.buttonRow.addWidget(self.confirmButton)


        self.pageLayout.addLayout(self.buttonRow)

        self.busyRow = QWidget(TwoFactorEnrolPage)
        self.busyRow.setObjectName(u"busyRow")
        self.busyLayout = QHBoxLayout(self.busyRow)
        self.busyLayout.setObjectName(u"busyLayout")
        self.busyLayout.setContentsMargins(0, 4, 0, 0)
        self.spacer1 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.busyLayout.addItem(self.spacer1)

        self.busySpinner = Spinner(self.busyRow)
        self.busySpinner.setObjectName(u"busySpinner")

        self.busyLayout.addWidget(self.busySpinner)

        self.busyLabel = QLabel(self.busyRow)
        self.busyLabel.setObjectName(u"busyLabel")
        self.busyLabel.setProperty(u"role", u"muted")

        self.busyLayout.addWidget(self.busyLabel)

        self.spacer2 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.busyLayout.addItem(self.spacer2)


        self.pageLayout.addWidget(self.busyRow)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeEdit, self.confirmButton)
        QWidget.setTabOrder(self.confirmButton, self.backButton)
        QWidget.setTabOrder(self.backButton, self.copySecretButton)

        self.retranslateUi(TwoFactorEnrolPage)

        QMetaObject.connectSlotsByName(TwoFactorEnrolPage)
    # setupUi

    def retranslateUi(self, TwoFactorEnrolPage):
#if QT_CONFIG(accessibility)
        self.qrLabel.setAccessibleName(QCoreApplication.translate("TwoFactorEnrolPage", u"QR code for the authenticator app", None))
#endif // QT_CONFIG(accessibility)
        self.secretCaption.setText(QCoreApplication.translate("TwoFactorEnrolPage", u"Can\u2019t scan it? Type this key into the app:", None))
#if QT_CONFIG(accessibility)
        self.secretLabel.setAccessibleName(QCoreApplication.translate("TwoFactorEnrolPage", u"Secret key", None))
#endif // QT_CONFIG(accessibility)
        self.copySecretButton.setText(QCoreApplication.translate("TwoFactorEnrolPage", u"Copy", None))
#if QT_CONFIG(tooltip)
        self.copySecretButton.setToolTip(QCoreApplication.translate("TwoFactorEnrolPage", u"Copy the key", None))
#endif // QT_CONFIG(tooltip)
        self.codeLabel.setText(QCoreApplication.translate("TwoFactorEnrolPage", u"&Enter the 6-digit code from the app", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("TwoFactorEnrolPage", u"123 456", None))
        self.backButton.setText(QCoreApplication.translate("TwoFactorEnrolPage", u"Back to sign-in", None))
        self.confirmButton.setText(QCoreApplication.translate("TwoFactorEnrolPage", u"Confirm", None))
        self.busyLabel.setText(QCoreApplication.translate("TwoFactorEnrolPage", u"Checking\u2026", None))
        pass
    # retranslateUi
