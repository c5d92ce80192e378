# GENERATED from ui/recovery_codes.ui — do not edit; run `make forms` to regenerate.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QFrame, QGridLayout,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_RecoveryCodesPage(object):
    def setupUi(self, RecoveryCodesPage):
        if not RecoveryCodesPage.objectName():
            RecoveryCodesPage.setObjectName(u"RecoveryCodesPage")
        RecoveryCodesPage.resize(360, 520)
        self.pageLayout = QVBoxLayout(RecoveryCodesPage)
        self.pageLayout.setSpacing(4)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(RecoveryCodesPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setProperty(u"role", u"h2")

        self.pageLayout.addWidget(self.titleLabel)

        self.accountLabel = QLabel(RecoveryCodesPage)
        self.accountLabel.setObjectName(u"accountLabel")
        self.accountLabel.setWordWrap(True)
        self.accountLabel.setProperty(u"role", u"muted")

        self.pageLayout.addWidget(self.accountLabel)

        self.spacer10 = QSpacerItem(20, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.pageLayout.addItem(self.spacer10)

        self.introLabel = QLabel(RecoveryCodesPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.spacer11 = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.pageLayout.addItem(self.spacer11)

        self.codesFrame = QFrame(RecoveryCodesPage)
        self.codesFrame.setObjectName(u"codesFrame")
        self.codesGrid = QGridLayout(self.codesFrame)
        self.codesGrid.setObjectName(u"codesGrid")
        self.codesGrid.setHorizontalSpacing(28)
        self.codesGrid.setVerticalSpacing(6)
        self.codesGrid.setContentsMargins(18, 14, 18, 14)

        self.pageLayout.addWidget(self.codesFrame)

        self.spacer12 = QSpacerItem(20, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.pageLayout.addItem(self.spacer12)

        self.actionRow = QHBoxLayout()
        self.actionRow.setSpacing(6)
        self.actionRow.setObjectName(u"actionRow")
        self.copyButton = QPushButton(RecoveryCodesPage)
        self.copyButton.setObjectName(u"copyButton")

        self.actionRow.addWidget(self.copyButton)

        self.printButton = QPushButton(RecoveryCodesPage)
        self.printButton.setObjectName(u"printButton")

        self.actionRow.addWidget(self.printButton)

        self.saveButton = QPushButton(RecoveryCodesPage)
        self.saveButton.setObjectName(u"saveButton")

        self.actionRow.addWidget(self.saveButton)

        self.spacer13 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.spacer13)


        self.pageLayout.addLayout(self.actionRow)

        self.noticeLabel = QLabel(RecoveryCodesPage)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setProperty(u"role", u"muted")

        self.pageLayout.addWidget(self.noticeLabel)

        self.spacer14 = QSpacerItem(20, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.pageLayout.addItem(self.spacer14)

        self.savedCheck = QCheckBox(RecoveryCodesPage)
        self.savedCheck.setObjectName(u"savedCheck")

        self.pageLayout.addWidget(self.savedCheck)

        self.formError = QLabel(RecoveryCodesPage)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setProperty(u"role", u"formError")

        self.pageLayout.addWidget(self.formError)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonRow.setContentsMargins(0, 6, 0, 0)
        self.spacer15 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.spacer15)

        self.continueButton = QPushButton(RecoveryCodesPage)
        self.continueButton.setObjectName(u"continueButton")
        self.continueButton.setProperty(u"primary", True)

        self.buttonRow.addWidget(self.continueButton)


        self.pageLayout.addLayout(self.buttonRow)

        QWidget.setTabOrder(self.copyButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.savedCheck)
        QWidget.setTabOrder(self.savedCheck, self.continueButton)

        self.retranslateUi(RecoveryCodesPage)

        QMetaObject.connectSlotsByName(RecoveryCodesPage)
    # setupUi

    def retranslateUi(self, RecoveryCodesPage):
#if QT_CONFIG(accessibility)
        self.codesFrame.setAccessibleName(QCoreApplication.translate("RecoveryCodesPage", u"Recovery codes", None))
#endif // QT_CONFIG(accessibility)
        self.copyButton.setText(QCoreApplication.translate("RecoveryCodesPage", u"&Copy", None))
        self.printButton.setText(QCoreApplication.translate("RecoveryCodesPage", u"&Print\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("RecoveryCodesPage", u"&Save to file\u2026", None))
        self.savedCheck.setText(QCoreApplication.translate("RecoveryCodesPage", u"I have &saved these codes somewhere safe", None))
        self.continueButton.setText(QCoreApplication.translate("RecoveryCodesPage", u"Continue", None))
        pass
    # retranslateUi
