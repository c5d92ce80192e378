# GENERATED from ui/two_factor_verify.ui — do not edit; run `make forms` to regenerate.
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

class Ui_TwoFactorVerifyPage(object):
    def setupUi(self, TwoFactorVerifyPage):
        if not TwoFactorVerifyPage.objectName():
            TwoFactorVerifyPage.setObjectName(u"TwoFactorVerifyPage")
        TwoFactorVerifyPage.resize(360, 360)
        self.pageLayout = QVBoxLayout(TwoFactorVerifyPage)
        self.pageLayout.setSpacing(4)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(TwoFactorVerifyPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setProperty(u"role", u"h2")

        self.pageLayout.addWidget(self.titleLabel)

        self.accountLabel = QLabel(TwoFactorVerifyPage)
        self.accountLabel.setObjectName(u"accountLabel")
        self.accountLabel.setWordWrap(True)
        self.accountLabel.setProperty(u"role", u"muted")

        self.pageLayout.addWidget(self.accountLabel)

        self.spacer16 = QSpacerItem(20, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.pageLayout.addItem(self.spacer16)

        self.introLabel = QLabel(TwoFactorVerifyPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.spacer17 = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.pageLayout.addItem(self.spacer17)

        self.codeLabel = QLabel(TwoFactorVerifyPage)
        self.codeLabel.setObjectName(u"codeLabel")

        self.pageLayout.addWidget(self.codeLabel)

        self.codeEdit = QLineEdit(TwoFactorVerifyPage)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(20)
        self.codeEdit.setProperty(u"field", True)

        self.pageLayout.addWidget(self.codeEdit)

        self.codeError = QLabel(TwoFactorVerifyPage)
        self.codeError.setObjectName(u"codeError")
        self.codeError.setWordWrap(True)
        self.codeError.setProperty(u"role", u"fieldError")

        self.pageLayout.addWidget(self.codeError)

        self.formError = QLabel(TwoFactorVerifyPage)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setProperty(u"role", u"formError")

        self.pageLayout.addWidget(self.formError)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(8)
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonRow.setContentsMargins(0, 6, 0, 0)
        self.backButton = QPushButton(TwoFactorVerifyPage)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setFlat(True)
        self.backButton.setProperty(u"link", True)

        self.buttonRow.addWidget(self.backButton)

        self.spacer18 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.spacer18)

        self.verifyButton = QPushButton(TwoFactorVerifyPage)
        self.verifyButton.setObjectName(u"verifyButton")
        self.verifyButton.setProperty(u"primary", True)

        self.buttonRow.addWidget(self.verifyButton)


        self.pageLayout.addLayout(self.buttonRow)

        self.busyRow = QWidget(TwoFactorVerifyPage)
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
        QWidget.setTabOrder(self.codeEdit, self.verifyButton)
        QWidget.setTabOrder(self.verifyButton, self.backButton)

        self.retranslateUi(TwoFactorVerifyPage)

        QMetaObject.connectSlotsByName(TwoFactorVerifyPage)
    # setupUi

    def retranslateUi(self, TwoFactorVerifyPage):
        self.codeLabel.setText(QCoreApplication.translate("TwoFactorVerifyPage", u"&Code", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("TwoFactorVerifyPage", u"123 456  or a recovery code", None))
        self.backButton.setText(QCoreApplication.translate("TwoFactorVerifyPage", u"Back to sign-in", None))
        self.verifyButton.setText(QCoreApplication.translate("TwoFactorVerifyPage", u"Verify", None))
        self.busyLabel.setText(QCoreApplication.translate("TwoFactorVerifyPage", u"Checking\u2026", None))
        pass
    # retranslateUi
